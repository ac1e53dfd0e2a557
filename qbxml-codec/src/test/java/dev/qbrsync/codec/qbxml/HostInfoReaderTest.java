package dev.qbrsync.codec.qbxml;

import dev.qbrsync.core.quickbooks.HostInfo;
import dev.qbrsync.core.quickbooks.MalformedQbxmlException;
import dev.qbrsync.core.quickbooks.QbxmlVersion;
import dev.qbrsync.core.testing.SharedCorpus;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HostInfoReaderTest {
    private static final String OWNER = "{512349B1-1111-2222-3333-000DE1813D20}";
    private static final String OTHER_OWNER = "{59028731-65DC-11DB-BD13-0800200C9A66}";

    private final HostInfoReader reader = new HostInfoReader();

    @Test
    void readsTheHostTheCompanyAndItsFileIds() {
        String hcp = hcp("<ProductName>QuickBooks Premier 2024</ProductName><MajorVersion>34</MajorVersion>"
                        + "<MinorVersion>1</MinorVersion><Country>US</Country>" + versions("13.0", "14.0", "16.0"),
                "<CompanyName>Acme MSP</CompanyName>" + dataExt(OWNER, "AppLock", "LOCKED:REDACTED")
                        + dataExt(OWNER, "FileID", "{00000EE-1111-FFFF-CCCC-5FF123456047}")
                        + dataExt(OTHER_OWNER, "FileID", "{72832751-65DC-11DB-BD13-0800200C9A66}"));

        HostInfo info = reader.read(hcp);

        assertThat(info).isEqualTo(new HostInfo("QuickBooks Premier 2024", "Acme MSP", "US",
                List.of(new QbxmlVersion(13, 0), new QbxmlVersion(14, 0), new QbxmlVersion(16, 0)), 34, 1,
                List.of(new HostInfo.FileId(OWNER, "{00000EE-1111-FFFF-CCCC-5FF123456047}"),
                        new HostInfo.FileId(OTHER_OWNER, "{72832751-65DC-11DB-BD13-0800200C9A66}"))));
    }

    @Test
    void readsACanadianHostWhoseVersionsCarryTheCountryPrefix() {
        String hcp = hcp("<ProductName>QuickBooks Pro 2007</ProductName><MajorVersion>17</MajorVersion>"
                        + "<Country>CA</Country>" + versions("CA2.0", "CA3.0", "6.0"),
                "<CompanyName>Érable Ltée</CompanyName><Address><Country>US</Country></Address>"
                        + "<LegalAddress><Country>UK</Country></LegalAddress>");

        HostInfo info = reader.read(hcp);

        assertThat(info.country()).as("an address's country is not the edition's").isEqualTo("CA");
        assertThat(info.supportedVersions())
                .containsExactly(new QbxmlVersion(2, 0), new QbxmlVersion(3, 0), new QbxmlVersion(6, 0));
        assertThat(info.companyName()).isEqualTo("Érable Ltée");
        assertThat(info.qbMajorVersion()).isEqualTo(17);
        assertThat(info.qbMinorVersion()).isZero();
    }

    @Test
    void keepsWhatWasReadBeforeDamageAfterTheCompanyName() {
        String hcp = hcp("<ProductName>QuickBooks Pro 2014</ProductName><MajorVersion>24</MajorVersion>"
                        + "<Country>US</Country>" + versions("12.0", "13.0"),
                "<CompanyName>Acme MSP</CompanyName>" + dataExt(OWNER, "FileID", "{FILE-1}")
                        + "<DataExtRet><OwnerID>" + OTHER_OWNER + "</OwnerID><DataExtName>FileID</DataExtName>"
                        + "<DataExtType>STR255TYPE<yzer/DataExtType><DataExtValue>{FILE-2}</DataExtValue>"
                        + "</DataExtRet>");

        HostInfo info = reader.read(hcp);

        assertThat(info.companyName()).isEqualTo("Acme MSP");
        assertThat(info.supportedVersions()).containsExactly(new QbxmlVersion(12, 0), new QbxmlVersion(13, 0));
        assertThat(info.fileIds()).containsExactly(new HostInfo.FileId(OWNER, "{FILE-1}"));
    }

    @Test
    void neverReadsThePreferencesSoDamageThereDoesNotMatter() {
        String withoutVersions = hcp("<Country>US</Country>", "<CompanyName>Acme MSP</CompanyName>");
        String damaged = withoutVersions.replace("</QBXMLMsgsRs>",
                "<PreferencesQueryRs statusCode=\"0\"><PreferencesRet><broken</QBXMLMsgsRs>");

        assertThat(reader.read(damaged).companyName()).isEqualTo("Acme MSP");
    }

    @Test
    void leavesOutWhatIsNotANumberOrAVersion() {
        String hcp = hcp("<MajorVersion>twenty-four</MajorVersion>" + versions("13.0", "next", ""), "");

        HostInfo info = reader.read(hcp);

        assertThat(info.supportedVersions()).containsExactly(new QbxmlVersion(13, 0));
        assertThat(info.qbMajorVersion()).isZero();
        assertThat(info.companyName()).isEmpty();
        assertThat(info.fileIds()).isEmpty();
    }

    @Test
    void readsARealHcpResponseUpToTheDamageAfterTheCompanyName() throws Exception {
        String ruby = Files.readString(SharedCorpus.require("02_soap_qbwc/qbwc-gem_test_helper.rb"));
        Matcher hcp = Pattern.compile(":strHCPResponse => \"(.*?)\", *\\n").matcher(ruby);
        assertThat(hcp.find()).isTrue();

        HostInfo info = reader.read(hcp.group(1).replace("\\\"", "\""));

        assertThat(info.productName()).isEqualTo("QuickBooks Pro 2014");
        assertThat(info.qbMajorVersion()).isEqualTo(24);
        assertThat(info.qbMinorVersion()).isZero();
        assertThat(info.country()).isEqualTo("US");
        assertThat(info.companyName()).isEqualTo("myCompany");
        assertThat(info.supportedVersions()).hasSize(16)
                .startsWith(new QbxmlVersion(1, 0), new QbxmlVersion(1, 1), new QbxmlVersion(2, 0))
                .contains(new QbxmlVersion(9, 0)).endsWith(new QbxmlVersion(13, 0));
        assertThat(info.fileIds()).as("the capture's FileID comes after its broken AppLock data extension")
                .isEmpty();
    }

    @Test
    void garbageIsRefused() {
        assertThatThrownBy(() -> reader.read("<QBXML><unclosed"))
                .isInstanceOf(MalformedQbxmlException.class);
    }

    @Test
    void damageBeforeTheVersionsIsRefused() {
        assertThatThrownBy(() -> reader.read(hcp("<ProductName>QuickBooks</ProductNam>" + versions("13.0"), "")))
                .isInstanceOf(MalformedQbxmlException.class);
    }

    private static String hcp(String hostRet, String companyRet) {
        return "<?xml version=\"1.0\" ?><QBXML><QBXMLMsgsRs><HostQueryRs requestID=\"0\" statusCode=\"0\"><HostRet>"
                + hostRet + "</HostRet></HostQueryRs><CompanyQueryRs requestID=\"1\" statusCode=\"0\"><CompanyRet>"
                + companyRet + "</CompanyRet></CompanyQueryRs></QBXMLMsgsRs></QBXML>";
    }

    private static String versions(String... versions) {
        StringBuilder xml = new StringBuilder();
        for (String version : versions) {
            xml.append("<SupportedQBXMLVersion>").append(version).append("</SupportedQBXMLVersion>");
        }
        return xml.toString();
    }

    private static String dataExt(String ownerId, String name, String value) {
        return "<DataExtRet><OwnerID>" + ownerId + "</OwnerID><DataExtName>" + name + "</DataExtName>"
                + "<DataExtType>STR255TYPE</DataExtType><DataExtValue>" + value + "</DataExtValue></DataExtRet>";
    }
}
