package io.github.xxgk.report.bench;

import io.github.xxgk.report.model.AnnualReport;

/**
 * The form's arithmetic as straight-line code over the model's accessors: every count cell read
 * once into a local, the sign of each checked, and the 42 equations of {@code Rules.equations()}
 * written out term by term. It was generated from that list by a script and is not used by the
 * library; it is the least the arithmetic can cost on this JVM, to compare validation with. {@link
 * CellReadBenchmark} checks it against the validator on a valid and an invalid report. Its one long
 * method is the point: split into parts, it would measure calls the floor does not make.
 */
final class ArithmeticFloor {
  private ArithmeticFloor() {}

  /** Whether every count is at least zero and every equation of the form holds. */
  static boolean holds(AnnualReport r) {
    int c0 = r.proactiveDisclosure().regulations().issued();
    int c1 = r.proactiveDisclosure().regulations().repealed();
    int c2 = r.proactiveDisclosure().regulations().inForce();
    int c3 = r.proactiveDisclosure().normativeDocuments().issued();
    int c4 = r.proactiveDisclosure().normativeDocuments().repealed();
    int c5 = r.proactiveDisclosure().normativeDocuments().inForce();
    int c6 = r.proactiveDisclosure().licensing().decisions();
    int c7 = r.proactiveDisclosure().punishment().decisions();
    int c8 = r.proactiveDisclosure().coercion().decisions();
    int c10 = r.applications().newlyReceived().naturalPerson();
    int c11 = r.applications().newlyReceived().commercialEnterprise();
    int c12 = r.applications().newlyReceived().researchInstitution();
    int c13 = r.applications().newlyReceived().socialWelfareOrganization();
    int c14 = r.applications().newlyReceived().legalServiceAgency();
    int c15 = r.applications().newlyReceived().otherOrganization();
    int c16 = r.applications().newlyReceived().total();
    int c17 = r.applications().carriedOverFromPreviousYear().naturalPerson();
    int c18 = r.applications().carriedOverFromPreviousYear().commercialEnterprise();
    int c19 = r.applications().carriedOverFromPreviousYear().researchInstitution();
    int c20 = r.applications().carriedOverFromPreviousYear().socialWelfareOrganization();
    int c21 = r.applications().carriedOverFromPreviousYear().legalServiceAgency();
    int c22 = r.applications().carriedOverFromPreviousYear().otherOrganization();
    int c23 = r.applications().carriedOverFromPreviousYear().total();
    int c24 = r.applications().outcomes().disclosed().naturalPerson();
    int c25 = r.applications().outcomes().disclosed().commercialEnterprise();
    int c26 = r.applications().outcomes().disclosed().researchInstitution();
    int c27 = r.applications().outcomes().disclosed().socialWelfareOrganization();
    int c28 = r.applications().outcomes().disclosed().legalServiceAgency();
    int c29 = r.applications().outcomes().disclosed().otherOrganization();
    int c30 = r.applications().outcomes().disclosed().total();
    int c31 = r.applications().outcomes().partiallyDisclosed().naturalPerson();
    int c32 = r.applications().outcomes().partiallyDisclosed().commercialEnterprise();
    int c33 = r.applications().outcomes().partiallyDisclosed().researchInstitution();
    int c34 = r.applications().outcomes().partiallyDisclosed().socialWelfareOrganization();
    int c35 = r.applications().outcomes().partiallyDisclosed().legalServiceAgency();
    int c36 = r.applications().outcomes().partiallyDisclosed().otherOrganization();
    int c37 = r.applications().outcomes().partiallyDisclosed().total();
    int c38 = r.applications().outcomes().notDisclosed().stateSecret().naturalPerson();
    int c39 = r.applications().outcomes().notDisclosed().stateSecret().commercialEnterprise();
    int c40 = r.applications().outcomes().notDisclosed().stateSecret().researchInstitution();
    int c41 = r.applications().outcomes().notDisclosed().stateSecret().socialWelfareOrganization();
    int c42 = r.applications().outcomes().notDisclosed().stateSecret().legalServiceAgency();
    int c43 = r.applications().outcomes().notDisclosed().stateSecret().otherOrganization();
    int c44 = r.applications().outcomes().notDisclosed().stateSecret().total();
    int c45 = r.applications().outcomes().notDisclosed().prohibitedByLaw().naturalPerson();
    int c46 = r.applications().outcomes().notDisclosed().prohibitedByLaw().commercialEnterprise();
    int c47 = r.applications().outcomes().notDisclosed().prohibitedByLaw().researchInstitution();
    int c48 =
        r.applications().outcomes().notDisclosed().prohibitedByLaw().socialWelfareOrganization();
    int c49 = r.applications().outcomes().notDisclosed().prohibitedByLaw().legalServiceAgency();
    int c50 = r.applications().outcomes().notDisclosed().prohibitedByLaw().otherOrganization();
    int c51 = r.applications().outcomes().notDisclosed().prohibitedByLaw().total();
    int c52 = r.applications().outcomes().notDisclosed().securityAndStability().naturalPerson();
    int c53 =
        r.applications().outcomes().notDisclosed().securityAndStability().commercialEnterprise();
    int c54 =
        r.applications().outcomes().notDisclosed().securityAndStability().researchInstitution();
    int c55 =
        r.applications()
            .outcomes()
            .notDisclosed()
            .securityAndStability()
            .socialWelfareOrganization();
    int c56 =
        r.applications().outcomes().notDisclosed().securityAndStability().legalServiceAgency();
    int c57 = r.applications().outcomes().notDisclosed().securityAndStability().otherOrganization();
    int c58 = r.applications().outcomes().notDisclosed().securityAndStability().total();
    int c59 = r.applications().outcomes().notDisclosed().thirdPartyRights().naturalPerson();
    int c60 = r.applications().outcomes().notDisclosed().thirdPartyRights().commercialEnterprise();
    int c61 = r.applications().outcomes().notDisclosed().thirdPartyRights().researchInstitution();
    int c62 =
        r.applications().outcomes().notDisclosed().thirdPartyRights().socialWelfareOrganization();
    int c63 = r.applications().outcomes().notDisclosed().thirdPartyRights().legalServiceAgency();
    int c64 = r.applications().outcomes().notDisclosed().thirdPartyRights().otherOrganization();
    int c65 = r.applications().outcomes().notDisclosed().thirdPartyRights().total();
    int c66 = r.applications().outcomes().notDisclosed().internalAffairs().naturalPerson();
    int c67 = r.applications().outcomes().notDisclosed().internalAffairs().commercialEnterprise();
    int c68 = r.applications().outcomes().notDisclosed().internalAffairs().researchInstitution();
    int c69 =
        r.applications().outcomes().notDisclosed().internalAffairs().socialWelfareOrganization();
    int c70 = r.applications().outcomes().notDisclosed().internalAffairs().legalServiceAgency();
    int c71 = r.applications().outcomes().notDisclosed().internalAffairs().otherOrganization();
    int c72 = r.applications().outcomes().notDisclosed().internalAffairs().total();
    int c73 = r.applications().outcomes().notDisclosed().processInformation().naturalPerson();
    int c74 =
        r.applications().outcomes().notDisclosed().processInformation().commercialEnterprise();
    int c75 = r.applications().outcomes().notDisclosed().processInformation().researchInstitution();
    int c76 =
        r.applications().outcomes().notDisclosed().processInformation().socialWelfareOrganization();
    int c77 = r.applications().outcomes().notDisclosed().processInformation().legalServiceAgency();
    int c78 = r.applications().outcomes().notDisclosed().processInformation().otherOrganization();
    int c79 = r.applications().outcomes().notDisclosed().processInformation().total();
    int c80 = r.applications().outcomes().notDisclosed().enforcementCaseFiles().naturalPerson();
    int c81 =
        r.applications().outcomes().notDisclosed().enforcementCaseFiles().commercialEnterprise();
    int c82 =
        r.applications().outcomes().notDisclosed().enforcementCaseFiles().researchInstitution();
    int c83 =
        r.applications()
            .outcomes()
            .notDisclosed()
            .enforcementCaseFiles()
            .socialWelfareOrganization();
    int c84 =
        r.applications().outcomes().notDisclosed().enforcementCaseFiles().legalServiceAgency();
    int c85 = r.applications().outcomes().notDisclosed().enforcementCaseFiles().otherOrganization();
    int c86 = r.applications().outcomes().notDisclosed().enforcementCaseFiles().total();
    int c87 = r.applications().outcomes().notDisclosed().administrativeInquiries().naturalPerson();
    int c88 =
        r.applications().outcomes().notDisclosed().administrativeInquiries().commercialEnterprise();
    int c89 =
        r.applications().outcomes().notDisclosed().administrativeInquiries().researchInstitution();
    int c90 =
        r.applications()
            .outcomes()
            .notDisclosed()
            .administrativeInquiries()
            .socialWelfareOrganization();
    int c91 =
        r.applications().outcomes().notDisclosed().administrativeInquiries().legalServiceAgency();
    int c92 =
        r.applications().outcomes().notDisclosed().administrativeInquiries().otherOrganization();
    int c93 = r.applications().outcomes().notDisclosed().administrativeInquiries().total();
    int c94 = r.applications().outcomes().unableToProvide().notHeld().naturalPerson();
    int c95 = r.applications().outcomes().unableToProvide().notHeld().commercialEnterprise();
    int c96 = r.applications().outcomes().unableToProvide().notHeld().researchInstitution();
    int c97 = r.applications().outcomes().unableToProvide().notHeld().socialWelfareOrganization();
    int c98 = r.applications().outcomes().unableToProvide().notHeld().legalServiceAgency();
    int c99 = r.applications().outcomes().unableToProvide().notHeld().otherOrganization();
    int c100 = r.applications().outcomes().unableToProvide().notHeld().total();
    int c101 = r.applications().outcomes().unableToProvide().requiresCreation().naturalPerson();
    int c102 =
        r.applications().outcomes().unableToProvide().requiresCreation().commercialEnterprise();
    int c103 =
        r.applications().outcomes().unableToProvide().requiresCreation().researchInstitution();
    int c104 =
        r.applications()
            .outcomes()
            .unableToProvide()
            .requiresCreation()
            .socialWelfareOrganization();
    int c105 =
        r.applications().outcomes().unableToProvide().requiresCreation().legalServiceAgency();
    int c106 = r.applications().outcomes().unableToProvide().requiresCreation().otherOrganization();
    int c107 = r.applications().outcomes().unableToProvide().requiresCreation().total();
    int c108 =
        r.applications().outcomes().unableToProvide().unclearAfterCorrection().naturalPerson();
    int c109 =
        r.applications()
            .outcomes()
            .unableToProvide()
            .unclearAfterCorrection()
            .commercialEnterprise();
    int c110 =
        r.applications()
            .outcomes()
            .unableToProvide()
            .unclearAfterCorrection()
            .researchInstitution();
    int c111 =
        r.applications()
            .outcomes()
            .unableToProvide()
            .unclearAfterCorrection()
            .socialWelfareOrganization();
    int c112 =
        r.applications().outcomes().unableToProvide().unclearAfterCorrection().legalServiceAgency();
    int c113 =
        r.applications().outcomes().unableToProvide().unclearAfterCorrection().otherOrganization();
    int c114 = r.applications().outcomes().unableToProvide().unclearAfterCorrection().total();
    int c115 = r.applications().outcomes().notProcessed().petitionsAndComplaints().naturalPerson();
    int c116 =
        r.applications().outcomes().notProcessed().petitionsAndComplaints().commercialEnterprise();
    int c117 =
        r.applications().outcomes().notProcessed().petitionsAndComplaints().researchInstitution();
    int c118 =
        r.applications()
            .outcomes()
            .notProcessed()
            .petitionsAndComplaints()
            .socialWelfareOrganization();
    int c119 =
        r.applications().outcomes().notProcessed().petitionsAndComplaints().legalServiceAgency();
    int c120 =
        r.applications().outcomes().notProcessed().petitionsAndComplaints().otherOrganization();
    int c121 = r.applications().outcomes().notProcessed().petitionsAndComplaints().total();
    int c122 = r.applications().outcomes().notProcessed().repeatedApplications().naturalPerson();
    int c123 =
        r.applications().outcomes().notProcessed().repeatedApplications().commercialEnterprise();
    int c124 =
        r.applications().outcomes().notProcessed().repeatedApplications().researchInstitution();
    int c125 =
        r.applications()
            .outcomes()
            .notProcessed()
            .repeatedApplications()
            .socialWelfareOrganization();
    int c126 =
        r.applications().outcomes().notProcessed().repeatedApplications().legalServiceAgency();
    int c127 =
        r.applications().outcomes().notProcessed().repeatedApplications().otherOrganization();
    int c128 = r.applications().outcomes().notProcessed().repeatedApplications().total();
    int c129 = r.applications().outcomes().notProcessed().publicPublications().naturalPerson();
    int c130 =
        r.applications().outcomes().notProcessed().publicPublications().commercialEnterprise();
    int c131 =
        r.applications().outcomes().notProcessed().publicPublications().researchInstitution();
    int c132 =
        r.applications().outcomes().notProcessed().publicPublications().socialWelfareOrganization();
    int c133 = r.applications().outcomes().notProcessed().publicPublications().legalServiceAgency();
    int c134 = r.applications().outcomes().notProcessed().publicPublications().otherOrganization();
    int c135 = r.applications().outcomes().notProcessed().publicPublications().total();
    int c136 = r.applications().outcomes().notProcessed().excessiveApplications().naturalPerson();
    int c137 =
        r.applications().outcomes().notProcessed().excessiveApplications().commercialEnterprise();
    int c138 =
        r.applications().outcomes().notProcessed().excessiveApplications().researchInstitution();
    int c139 =
        r.applications()
            .outcomes()
            .notProcessed()
            .excessiveApplications()
            .socialWelfareOrganization();
    int c140 =
        r.applications().outcomes().notProcessed().excessiveApplications().legalServiceAgency();
    int c141 =
        r.applications().outcomes().notProcessed().excessiveApplications().otherOrganization();
    int c142 = r.applications().outcomes().notProcessed().excessiveApplications().total();
    int c143 = r.applications().outcomes().notProcessed().confirmationRequests().naturalPerson();
    int c144 =
        r.applications().outcomes().notProcessed().confirmationRequests().commercialEnterprise();
    int c145 =
        r.applications().outcomes().notProcessed().confirmationRequests().researchInstitution();
    int c146 =
        r.applications()
            .outcomes()
            .notProcessed()
            .confirmationRequests()
            .socialWelfareOrganization();
    int c147 =
        r.applications().outcomes().notProcessed().confirmationRequests().legalServiceAgency();
    int c148 =
        r.applications().outcomes().notProcessed().confirmationRequests().otherOrganization();
    int c149 = r.applications().outcomes().notProcessed().confirmationRequests().total();
    int c150 = r.applications().outcomes().otherHandling().correctionOverdue().naturalPerson();
    int c151 =
        r.applications().outcomes().otherHandling().correctionOverdue().commercialEnterprise();
    int c152 =
        r.applications().outcomes().otherHandling().correctionOverdue().researchInstitution();
    int c153 =
        r.applications().outcomes().otherHandling().correctionOverdue().socialWelfareOrganization();
    int c154 = r.applications().outcomes().otherHandling().correctionOverdue().legalServiceAgency();
    int c155 = r.applications().outcomes().otherHandling().correctionOverdue().otherOrganization();
    int c156 = r.applications().outcomes().otherHandling().correctionOverdue().total();
    int c157 = r.applications().outcomes().otherHandling().feeOverdue().naturalPerson();
    int c158 = r.applications().outcomes().otherHandling().feeOverdue().commercialEnterprise();
    int c159 = r.applications().outcomes().otherHandling().feeOverdue().researchInstitution();
    int c160 = r.applications().outcomes().otherHandling().feeOverdue().socialWelfareOrganization();
    int c161 = r.applications().outcomes().otherHandling().feeOverdue().legalServiceAgency();
    int c162 = r.applications().outcomes().otherHandling().feeOverdue().otherOrganization();
    int c163 = r.applications().outcomes().otherHandling().feeOverdue().total();
    int c164 = r.applications().outcomes().otherHandling().other().naturalPerson();
    int c165 = r.applications().outcomes().otherHandling().other().commercialEnterprise();
    int c166 = r.applications().outcomes().otherHandling().other().researchInstitution();
    int c167 = r.applications().outcomes().otherHandling().other().socialWelfareOrganization();
    int c168 = r.applications().outcomes().otherHandling().other().legalServiceAgency();
    int c169 = r.applications().outcomes().otherHandling().other().otherOrganization();
    int c170 = r.applications().outcomes().otherHandling().other().total();
    int c171 = r.applications().outcomes().total().naturalPerson();
    int c172 = r.applications().outcomes().total().commercialEnterprise();
    int c173 = r.applications().outcomes().total().researchInstitution();
    int c174 = r.applications().outcomes().total().socialWelfareOrganization();
    int c175 = r.applications().outcomes().total().legalServiceAgency();
    int c176 = r.applications().outcomes().total().otherOrganization();
    int c177 = r.applications().outcomes().total().total();
    int c178 = r.applications().carriedOverToNextYear().naturalPerson();
    int c179 = r.applications().carriedOverToNextYear().commercialEnterprise();
    int c180 = r.applications().carriedOverToNextYear().researchInstitution();
    int c181 = r.applications().carriedOverToNextYear().socialWelfareOrganization();
    int c182 = r.applications().carriedOverToNextYear().legalServiceAgency();
    int c183 = r.applications().carriedOverToNextYear().otherOrganization();
    int c184 = r.applications().carriedOverToNextYear().total();
    int c185 = r.reconsiderationAndLitigation().reconsideration().upheld();
    int c186 = r.reconsiderationAndLitigation().reconsideration().corrected();
    int c187 = r.reconsiderationAndLitigation().reconsideration().other();
    int c188 = r.reconsiderationAndLitigation().reconsideration().pending();
    int c189 = r.reconsiderationAndLitigation().reconsideration().total();
    int c190 = r.reconsiderationAndLitigation().litigationWithoutReconsideration().upheld();
    int c191 = r.reconsiderationAndLitigation().litigationWithoutReconsideration().corrected();
    int c192 = r.reconsiderationAndLitigation().litigationWithoutReconsideration().other();
    int c193 = r.reconsiderationAndLitigation().litigationWithoutReconsideration().pending();
    int c194 = r.reconsiderationAndLitigation().litigationWithoutReconsideration().total();
    int c195 = r.reconsiderationAndLitigation().litigationAfterReconsideration().upheld();
    int c196 = r.reconsiderationAndLitigation().litigationAfterReconsideration().corrected();
    int c197 = r.reconsiderationAndLitigation().litigationAfterReconsideration().other();
    int c198 = r.reconsiderationAndLitigation().litigationAfterReconsideration().pending();
    int c199 = r.reconsiderationAndLitigation().litigationAfterReconsideration().total();
    int signs =
        c0 | c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8 | c10 | c11 | c12 | c13 | c14 | c15 | c16 | c17
            | c18 | c19 | c20 | c21 | c22 | c23 | c24 | c25 | c26 | c27 | c28 | c29 | c30 | c31
            | c32 | c33 | c34 | c35 | c36 | c37 | c38 | c39 | c40 | c41 | c42 | c43 | c44 | c45
            | c46 | c47 | c48 | c49 | c50 | c51 | c52 | c53 | c54 | c55 | c56 | c57 | c58 | c59
            | c60 | c61 | c62 | c63 | c64 | c65 | c66 | c67 | c68 | c69 | c70 | c71 | c72 | c73
            | c74 | c75 | c76 | c77 | c78 | c79 | c80 | c81 | c82 | c83 | c84 | c85 | c86 | c87
            | c88 | c89 | c90 | c91 | c92 | c93 | c94 | c95 | c96 | c97 | c98 | c99 | c100 | c101
            | c102 | c103 | c104 | c105 | c106 | c107 | c108 | c109 | c110 | c111 | c112 | c113
            | c114 | c115 | c116 | c117 | c118 | c119 | c120 | c121 | c122 | c123 | c124 | c125
            | c126 | c127 | c128 | c129 | c130 | c131 | c132 | c133 | c134 | c135 | c136 | c137
            | c138 | c139 | c140 | c141 | c142 | c143 | c144 | c145 | c146 | c147 | c148 | c149
            | c150 | c151 | c152 | c153 | c154 | c155 | c156 | c157 | c158 | c159 | c160 | c161
            | c162 | c163 | c164 | c165 | c166 | c167 | c168 | c169 | c170 | c171 | c172 | c173
            | c174 | c175 | c176 | c177 | c178 | c179 | c180 | c181 | c182 | c183 | c184 | c185
            | c186 | c187 | c188 | c189 | c190 | c191 | c192 | c193 | c194 | c195 | c196 | c197
            | c198 | c199;
    boolean holds = signs >= 0;
    holds &= (long) c10 + c11 + c12 + c13 + c14 + c15 == c16;
    holds &= (long) c17 + c18 + c19 + c20 + c21 + c22 == c23;
    holds &= (long) c24 + c25 + c26 + c27 + c28 + c29 == c30;
    holds &= (long) c31 + c32 + c33 + c34 + c35 + c36 == c37;
    holds &= (long) c38 + c39 + c40 + c41 + c42 + c43 == c44;
    holds &= (long) c45 + c46 + c47 + c48 + c49 + c50 == c51;
    holds &= (long) c52 + c53 + c54 + c55 + c56 + c57 == c58;
    holds &= (long) c59 + c60 + c61 + c62 + c63 + c64 == c65;
    holds &= (long) c66 + c67 + c68 + c69 + c70 + c71 == c72;
    holds &= (long) c73 + c74 + c75 + c76 + c77 + c78 == c79;
    holds &= (long) c80 + c81 + c82 + c83 + c84 + c85 == c86;
    holds &= (long) c87 + c88 + c89 + c90 + c91 + c92 == c93;
    holds &= (long) c94 + c95 + c96 + c97 + c98 + c99 == c100;
    holds &= (long) c101 + c102 + c103 + c104 + c105 + c106 == c107;
    holds &= (long) c108 + c109 + c110 + c111 + c112 + c113 == c114;
    holds &= (long) c115 + c116 + c117 + c118 + c119 + c120 == c121;
    holds &= (long) c122 + c123 + c124 + c125 + c126 + c127 == c128;
    holds &= (long) c129 + c130 + c131 + c132 + c133 + c134 == c135;
    holds &= (long) c136 + c137 + c138 + c139 + c140 + c141 == c142;
    holds &= (long) c143 + c144 + c145 + c146 + c147 + c148 == c149;
    holds &= (long) c150 + c151 + c152 + c153 + c154 + c155 == c156;
    holds &= (long) c157 + c158 + c159 + c160 + c161 + c162 == c163;
    holds &= (long) c164 + c165 + c166 + c167 + c168 + c169 == c170;
    holds &= (long) c171 + c172 + c173 + c174 + c175 + c176 == c177;
    holds &= (long) c178 + c179 + c180 + c181 + c182 + c183 == c184;
    holds &=
        (long) c24
                + c31
                + c38
                + c45
                + c52
                + c59
                + c66
                + c73
                + c80
                + c87
                + c94
                + c101
                + c108
                + c115
                + c122
                + c129
                + c136
                + c143
                + c150
                + c157
                + c164
            == c171;
    holds &=
        (long) c25
                + c32
                + c39
                + c46
                + c53
                + c60
                + c67
                + c74
                + c81
                + c88
                + c95
                + c102
                + c109
                + c116
                + c123
                + c130
                + c137
                + c144
                + c151
                + c158
                + c165
            == c172;
    holds &=
        (long) c26
                + c33
                + c40
                + c47
                + c54
                + c61
                + c68
                + c75
                + c82
                + c89
                + c96
                + c103
                + c110
                + c117
                + c124
                + c131
                + c138
                + c145
                + c152
                + c159
                + c166
            == c173;
    holds &=
        (long) c27
                + c34
                + c41
                + c48
                + c55
                + c62
                + c69
                + c76
                + c83
                + c90
                + c97
                + c104
                + c111
                + c118
                + c125
                + c132
                + c139
                + c146
                + c153
                + c160
                + c167
            == c174;
    holds &=
        (long) c28
                + c35
                + c42
                + c49
                + c56
                + c63
                + c70
                + c77
                + c84
                + c91
                + c98
                + c105
                + c112
                + c119
                + c126
                + c133
                + c140
                + c147
                + c154
                + c161
                + c168
            == c175;
    holds &=
        (long) c29
                + c36
                + c43
                + c50
                + c57
                + c64
                + c71
                + c78
                + c85
                + c92
                + c99
                + c106
                + c113
                + c120
                + c127
                + c134
                + c141
                + c148
                + c155
                + c162
                + c169
            == c176;
    holds &=
        (long) c30
                + c37
                + c44
                + c51
                + c58
                + c65
                + c72
                + c79
                + c86
                + c93
                + c100
                + c107
                + c114
                + c121
                + c128
                + c135
                + c142
                + c149
                + c156
                + c163
                + c170
            == c177;
    holds &= (long) c10 + c17 - c178 == c171;
    holds &= (long) c11 + c18 - c179 == c172;
    holds &= (long) c12 + c19 - c180 == c173;
    holds &= (long) c13 + c20 - c181 == c174;
    holds &= (long) c14 + c21 - c182 == c175;
    holds &= (long) c15 + c22 - c183 == c176;
    holds &= (long) c16 + c23 - c184 == c177;
    holds &= (long) c185 + c186 + c187 + c188 == c189;
    holds &= (long) c190 + c191 + c192 + c193 == c194;
    holds &= (long) c195 + c196 + c197 + c198 == c199;
    return holds;
  }
}
