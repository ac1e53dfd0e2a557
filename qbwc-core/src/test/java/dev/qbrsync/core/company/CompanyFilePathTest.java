package dev.qbrsync.core.company;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompanyFilePathTest {

    @Test
    void everySpellingOfOneLocalFileIsOnePath() {
        for (String spelling : new String[] {"C:\\QB\\Acme.qbw", "c:\\qb\\ACME.QBW", "C:/QB/Acme.qbw",
                "C:\\QB\\.\\Old\\..\\Acme.qbw", "C:\\\\QB\\\\Acme.qbw", "\\\\PC\\C$\\QB\\Acme.qbw",
                "//pc/c$/QB/Acme.qbw", "\\\\?\\C:\\QB\\Acme.qbw", "C:\\QB\\Acme.qbw. ", "C:\\..\\QB\\Acme.qbw"}) {
            assertThat(CompanyFilePath.normalised(spelling)).as(spelling).isEqualTo("c:\\qb\\acme.qbw");
        }
    }

    @Test
    void aShareKeepsItsServerAndShareAndDotsNeverClimbAboveThem() {
        assertThat(CompanyFilePath.normalised("\\\\Server\\Books\\..\\..\\Acme.qbw"))
                .isEqualTo("\\\\server\\books\\acme.qbw");
        assertThat(CompanyFilePath.normalised("\\\\?\\UNC\\Server\\Books\\Acme.qbw"))
                .isEqualTo("\\\\server\\books\\acme.qbw");
    }

    @Test
    void onlyTheSameNormalisedPathWithoutShortNamesIsSurelyTheSameFile() {
        assertThat(CompanyFilePath.sameFile("C:\\QB\\Acme.qbw", "\\\\PC\\C$\\qb\\acme.QBW")).isTrue();
        assertThat(CompanyFilePath.sameFile("C:\\QB\\Acme.qbw", "D:\\QB\\Acme.qbw")).isFalse();
        assertThat(CompanyFilePath.sameFile("C:\\QB\\ACMECO~1.QBW", "C:\\QB\\ACMECO~1.QBW"))
                .as("an 8.3 name cannot be resolved here").isFalse();
        assertThat(CompanyFilePath.sameFile("", "")).isFalse();
    }
}
