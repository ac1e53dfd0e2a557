package dev.qbrsync.codec.qbxml;

import dev.qbrsync.core.quickbooks.HostInfo;
import dev.qbrsync.core.quickbooks.MalformedQbxmlException;
import dev.qbrsync.core.quickbooks.QbxmlVersion;
import dev.qbrsync.core.testing.SharedCorpus;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HostInfoReaderTest {

    @Test
    void readsProductCountryVersionsAndCompany() {
        String hcp = "<?xml version=\"1.0\" ?><QBXML><QBXMLMsgsRs><HostQueryRs statusCode=\"0\"><HostRet>"
                + "<ProductName>QuickBooks Premier 2024</ProductName><MajorVersion>34</MajorVersion><Country>CA</Country>"
                + "<SupportedQBXMLVersion>CA3.0</SupportedQBXMLVersion><SupportedQBXMLVersion>13.0</SupportedQBXMLVersion>"
                + "</HostRet></HostQueryRs><CompanyQueryRs statusCode=\"0\"><CompanyRet><CompanyName>Acme MSP</CompanyName>"
                + "</CompanyRet></CompanyQueryRs></QBXMLMsgsRs></QBXML>";

        HostInfo info = new HostInfoReader().read(hcp);

        assertThat(info).isEqualTo(new HostInfo("QuickBooks Premier 2024", "Acme MSP", "CA",
                java.util.List.of(new QbxmlVersion(3, 0), new QbxmlVersion(13, 0))));
    }

    @Test
    void readsARealHcpResponseDespiteDamageAfterTheCompanyName() throws Exception {
        String ruby = Files.readString(SharedCorpus.require("02_soap_qbwc/qbwc-gem_test_helper.rb"));
        Matcher hcp = Pattern.compile(":strHCPResponse => \"(.*?)\", *\\n").matcher(ruby);
        assertThat(hcp.find()).isTrue();

        HostInfo info = new HostInfoReader().read(hcp.group(1).replace("\\\"", "\""));

        assertThat(info.productName()).isEqualTo("QuickBooks Pro 2014");
        assertThat(info.country()).isEqualTo("US");
        assertThat(info.companyName()).isEqualTo("myCompany");
        assertThat(info.supportedVersions()).contains(new QbxmlVersion(13, 0)).hasSize(16);
    }

    @Test
    void garbageIsRefused() {
        assertThatThrownBy(() -> new HostInfoReader().read("<QBXML><unclosed"))
                .isInstanceOf(MalformedQbxmlException.class);
    }
}
