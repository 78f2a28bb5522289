/* Generated from the HTFDS schema by generators/types. Do not edit: change schema/ and run `npm run build`. */

/**
 * Record type: Kinds of HTFDS report.
 */
export type RecordType = "caseSummary" | "transactionSet" | "indicatorAlert" | "outcomeUpdate" | "correction";
/**
 * Keyed hash: A keyed hash (HMAC-SHA-256, written in lower-case hexadecimal) of a normalised identifier, made with a key shared only within a sharing group. It lets members match the same phone number or account without revealing it. A plain unkeyed hash is not acceptable: it can be reversed by trying every number.
 */
export type Hmac = string;
/**
 * Reporting organisation type: Kinds of organisation that make reports: the HTCDS organisation types, extended with financial-sector and other reporters.
 */
export type ReportingOrgType =
  | "NGO"
  | "LawEnforcement"
  | "HealthServiceOrganisation"
  | "CentralGovernmentOrganisation"
  | "LocalGovernmentOrganisation"
  | "ImmigrationService"
  | "LegalService"
  | "CorporateBusiness"
  | "SchoolOrCollege"
  | "FinancialInstitution"
  | "FinancialIntelligenceUnit"
  | "Helpline"
  | "InternationalOrganisation"
  | "SurvivorLedOrganisation"
  | "Researcher";
/**
 * Country: A country or territory as a two-letter ISO 3166-1 code, for example TH for Thailand.
 */
export type CountryCode =
  | "AD"
  | "AE"
  | "AF"
  | "AG"
  | "AI"
  | "AL"
  | "AM"
  | "AO"
  | "AQ"
  | "AR"
  | "AS"
  | "AT"
  | "AU"
  | "AW"
  | "AX"
  | "AZ"
  | "BA"
  | "BB"
  | "BD"
  | "BE"
  | "BF"
  | "BG"
  | "BH"
  | "BI"
  | "BJ"
  | "BL"
  | "BM"
  | "BN"
  | "BO"
  | "BQ"
  | "BR"
  | "BS"
  | "BT"
  | "BV"
  | "BW"
  | "BY"
  | "BZ"
  | "CA"
  | "CC"
  | "CD"
  | "CF"
  | "CG"
  | "CH"
  | "CI"
  | "CK"
  | "CL"
  | "CM"
  | "CN"
  | "CO"
  | "CR"
  | "CU"
  | "CV"
  | "CW"
  | "CX"
  | "CY"
  | "CZ"
  | "DE"
  | "DJ"
  | "DK"
  | "DM"
  | "DO"
  | "DZ"
  | "EC"
  | "EE"
  | "EG"
  | "EH"
  | "ER"
  | "ES"
  | "ET"
  | "FI"
  | "FJ"
  | "FK"
  | "FM"
  | "FO"
  | "FR"
  | "GA"
  | "GB"
  | "GD"
  | "GE"
  | "GF"
  | "GG"
  | "GH"
  | "GI"
  | "GL"
  | "GM"
  | "GN"
  | "GP"
  | "GQ"
  | "GR"
  | "GS"
  | "GT"
  | "GU"
  | "GW"
  | "GY"
  | "HK"
  | "HM"
  | "HN"
  | "HR"
  | "HT"
  | "HU"
  | "ID"
  | "IE"
  | "IL"
  | "IM"
  | "IN"
  | "IO"
  | "IQ"
  | "IR"
  | "IS"
  | "IT"
  | "JE"
  | "JM"
  | "JO"
  | "JP"
  | "KE"
  | "KG"
  | "KH"
  | "KI"
  | "KM"
  | "KN"
  | "KP"
  | "KR"
  | "KW"
  | "KY"
  | "KZ"
  | "LA"
  | "LB"
  | "LC"
  | "LI"
  | "LK"
  | "LR"
  | "LS"
  | "LT"
  | "LU"
  | "LV"
  | "LY"
  | "MA"
  | "MC"
  | "MD"
  | "ME"
  | "MF"
  | "MG"
  | "MH"
  | "MK"
  | "ML"
  | "MM"
  | "MN"
  | "MO"
  | "MP"
  | "MQ"
  | "MR"
  | "MS"
  | "MT"
  | "MU"
  | "MV"
  | "MW"
  | "MX"
  | "MY"
  | "MZ"
  | "NA"
  | "NC"
  | "NE"
  | "NF"
  | "NG"
  | "NI"
  | "NL"
  | "NO"
  | "NP"
  | "NR"
  | "NU"
  | "NZ"
  | "OM"
  | "PA"
  | "PE"
  | "PF"
  | "PG"
  | "PH"
  | "PK"
  | "PL"
  | "PM"
  | "PN"
  | "PR"
  | "PS"
  | "PT"
  | "PW"
  | "PY"
  | "QA"
  | "RE"
  | "RO"
  | "RS"
  | "RU"
  | "RW"
  | "SA"
  | "SB"
  | "SC"
  | "SD"
  | "SE"
  | "SG"
  | "SH"
  | "SI"
  | "SJ"
  | "SK"
  | "SL"
  | "SM"
  | "SN"
  | "SO"
  | "SR"
  | "SS"
  | "ST"
  | "SV"
  | "SX"
  | "SY"
  | "SZ"
  | "TC"
  | "TD"
  | "TF"
  | "TG"
  | "TH"
  | "TJ"
  | "TK"
  | "TL"
  | "TM"
  | "TN"
  | "TO"
  | "TR"
  | "TT"
  | "TV"
  | "TW"
  | "TZ"
  | "UA"
  | "UG"
  | "UM"
  | "US"
  | "UY"
  | "UZ"
  | "VA"
  | "VC"
  | "VE"
  | "VG"
  | "VI"
  | "VN"
  | "VU"
  | "WF"
  | "WS"
  | "XK"
  | "YE"
  | "YT"
  | "ZA"
  | "ZM"
  | "ZW";
/**
 * Missing-value reason: Reasons why an answer is missing.
 */
export type MissingReason = "unknown" | "notAsked" | "declinedToAnswer" | "notApplicable" | "withheldForSafety";
/**
 * Case status: The HTCDS case statuses.
 */
export type CaseStatus = "Active" | "FollowUp" | "Closed" | "ClosedReferred";
/**
 * Trafficking status: The HTCDS trafficking statuses.
 */
export type TraffickingStatus = "PossibleVictimOfTrafficking" | "ActualVictimOfTrafficking" | "NotAVictimOfTrafficking";
/**
 * Trafficking status decision maker: The HTCDS kinds of organisation that decide a trafficking status.
 */
export type TraffickingStatusDecisionMaker =
  "Police" | "NGO" | "CourtOrProsecution" | "NonPoliceGovernmentalOrganization" | "Other";
/**
 * Year and month: A month, written YYYY-MM, for example 2023-04.
 */
export type YearMonth =
  `${number}-${"01" | "02" | "03" | "04" | "05" | "06" | "07" | "08" | "09" | "10" | "11" | "12"}`;
/**
 * Yes, no or missing: true for yes, false for no, or a missing value that says why there is no answer.
 */
export type Flag = boolean | MissingValue;
/**
 * Type of exploitation: The HTCDS types of exploitation, extended with forced criminality.
 */
export type ExploitationType =
  | "ForcedLabour"
  | "SexualExploitation"
  | "ChildLabour"
  | "ForcedMarriage"
  | "Servitude"
  | "ForcedMilitaryByNonStateActors"
  | "OrganRemoval"
  | "ForcedBegging"
  | "ForcedAdoption"
  | "Surrogacy"
  | "ForcedCriminality"
  | "Other";
/**
 * Type of forced criminality: Crimes people are forced to commit.
 */
export type ForcedCriminalityType =
  "ForcedScamming" | "ForcedDrugCultivationOrDealing" | "ForcedTheftOrShoplifting" | "ForcedMoneyMuling" | "Other";
/**
 * Type of sexual exploitation: The HTCDS forms of sexual exploitation, and, for child victims, the forms named in the Luxembourg Terminology Guidelines (each mapped to its HTCDS value).
 */
export type SexualExploitationType =
  | "Prostitution"
  | "Pornography"
  | "RemoteInteractiveServices"
  | "PrivateSexualServices"
  | "SexualExploitationOfChildrenInProstitution"
  | "ChildSexualAbuseMaterial"
  | "LiveOnlineChildSexualAbuse"
  | "SexualExtortionOfChildren";
/**
 * Website or app: Online platforms used to find, contact, recruit or advertise victims. The named apps are the HTCDS codes, unchanged; kinds of site HTCDS does not list (escort and classified advert sites, dating apps, job boards, live-streaming and fan-subscription sites) are added in the same style. The list is open, so a platform that is not listed can be recorded under its own name, written in the same style (for example KakaoTalk).
 */
export type Platform = string;
/**
 * Economic sector: The economic sector, as a section of the UN International Standard Industrial Classification (ISIC Rev.4), with the codes HTCDS uses for the forced-labour industry.
 */
export type Sector =
  | "A_AgricultureForestryAndFishing"
  | "B_MiningAndQuarrying"
  | "C_Manufacturing"
  | "D_ElectricityGasSteamAndAirConditioningSupply"
  | "E_WaterSupplySewerageWasteManagement"
  | "F_Construction"
  | "G_WholesaleAndRetailTradeRepairOfMotorVehicles"
  | "H_TransportationAndStorage"
  | "I_AccommodationAndFoodServiceActivities"
  | "J_InformationAndCommunication"
  | "K_FinancialAndInsuranceActivities"
  | "L_RealEstateActivities"
  | "M_ProfessionalScientificAndTechnicalActivities"
  | "N_AdministrativeAndSupportServiceActivities"
  | "O_PublicAdministrationAndDefence"
  | "P_Education"
  | "Q_HumanHealthAndSocialWorkActivities"
  | "R_ArtsEntertainmentAndRecreation"
  | "S_OtherServiceActivities"
  | "T_ActivitiesOfHouseholdsAsEmployers"
  | "U_ActivitiesOfExtraterritorialOrganizations";
/**
 * Typology: Financial typologies of modern slavery used by banks, after the Mekong Club's typology chapters and its 2024 additions.
 */
export type Typology =
  | "forcedProstitution"
  | "fishing"
  | "domesticServitude"
  | "construction"
  | "manufacturingTextileApparel"
  | "agriculturePlantation"
  | "scamLabourCamp"
  | "childSexualExploitation"
  | "moneyMuleOperation"
  | "forcedBegging"
  | "organRemoval"
  | "other";
/**
 * Role of a country: What happened in a country involved in the case.
 */
export type CountryRole =
  | "recruitment"
  | "transit"
  | "exploitation"
  | "proceedsOrigin"
  | "proceedsDestination"
  | "companyRegistration"
  | "compoundLocation";
/**
 * Count band: Bands for counting people, so that small numbers are not given exactly.
 */
export type CountBand =
  "1" | "2-5" | "6-10" | "11-50" | "51-100" | "101+" | "101-500" | "501-1000" | "1001-5000" | "5001+";
/**
 * Amount of money, or missing: An amount of money, or a missing value that says why there is none.
 */
export type MoneyOrMissing = Money | MissingValue;
/**
 * Currency: A currency as a three-letter ISO 4217 code, for example USD.
 */
export type CurrencyCode =
  | "AED"
  | "AFN"
  | "ALL"
  | "AMD"
  | "ANG"
  | "AOA"
  | "ARS"
  | "AUD"
  | "AWG"
  | "AZN"
  | "BAM"
  | "BBD"
  | "BDT"
  | "BGN"
  | "BHD"
  | "BIF"
  | "BMD"
  | "BND"
  | "BOB"
  | "BOV"
  | "BRL"
  | "BSD"
  | "BTN"
  | "BWP"
  | "BYN"
  | "BZD"
  | "CAD"
  | "CDF"
  | "CHE"
  | "CHF"
  | "CHW"
  | "CLF"
  | "CLP"
  | "CNY"
  | "COP"
  | "COU"
  | "CRC"
  | "CUC"
  | "CUP"
  | "CVE"
  | "CZK"
  | "DJF"
  | "DKK"
  | "DOP"
  | "DZD"
  | "EGP"
  | "ERN"
  | "ETB"
  | "EUR"
  | "FJD"
  | "FKP"
  | "GBP"
  | "GEL"
  | "GHS"
  | "GIP"
  | "GMD"
  | "GNF"
  | "GTQ"
  | "GYD"
  | "HKD"
  | "HNL"
  | "HRK"
  | "HTG"
  | "HUF"
  | "IDR"
  | "ILS"
  | "INR"
  | "IQD"
  | "IRR"
  | "ISK"
  | "JMD"
  | "JOD"
  | "JPY"
  | "KES"
  | "KGS"
  | "KHR"
  | "KMF"
  | "KPW"
  | "KRW"
  | "KWD"
  | "KYD"
  | "KZT"
  | "LAK"
  | "LBP"
  | "LKR"
  | "LRD"
  | "LSL"
  | "LYD"
  | "MAD"
  | "MDL"
  | "MGA"
  | "MKD"
  | "MMK"
  | "MNT"
  | "MOP"
  | "MRU"
  | "MUR"
  | "MVR"
  | "MWK"
  | "MXN"
  | "MXV"
  | "MYR"
  | "MZN"
  | "NAD"
  | "NGN"
  | "NIO"
  | "NOK"
  | "NPR"
  | "NZD"
  | "OMR"
  | "PAB"
  | "PEN"
  | "PGK"
  | "PHP"
  | "PKR"
  | "PLN"
  | "PYG"
  | "QAR"
  | "RON"
  | "RSD"
  | "RUB"
  | "RWF"
  | "SAR"
  | "SBD"
  | "SCR"
  | "SDG"
  | "SEK"
  | "SGD"
  | "SHP"
  | "SLE"
  | "SLL"
  | "SOS"
  | "SRD"
  | "SSP"
  | "STN"
  | "SVC"
  | "SYP"
  | "SZL"
  | "THB"
  | "TJS"
  | "TMT"
  | "TND"
  | "TOP"
  | "TRY"
  | "TTD"
  | "TWD"
  | "TZS"
  | "UAH"
  | "UGX"
  | "USD"
  | "USN"
  | "UYI"
  | "UYU"
  | "UYW"
  | "UZS"
  | "VED"
  | "VES"
  | "VND"
  | "VUV"
  | "WST"
  | "XAF"
  | "XAG"
  | "XAU"
  | "XBA"
  | "XBB"
  | "XBC"
  | "XBD"
  | "XCD"
  | "XCG"
  | "XDR"
  | "XOF"
  | "XPD"
  | "XPF"
  | "XPT"
  | "XSU"
  | "XTS"
  | "XUA"
  | "XXX"
  | "YER"
  | "ZAR"
  | "ZMW"
  | "ZWG"
  | "ZWL";
/**
 * Amount band: Bands of money amounts in US-dollar equivalent. The edges at 3,000 and 10,000 keep common reporting thresholds visible.
 */
export type AmountBand =
  | "lt100"
  | "100-499"
  | "500-999"
  | "1000-2999"
  | "3000-9999"
  | "10000-49999"
  | "50000-249999"
  | "250000-999999"
  | "ge1000000";
/**
 * Money period: What span of time an amount of money covers.
 */
export type MoneyPeriod = "perTransaction" | "perDay" | "perWeek" | "perMonth" | "total";
/**
 * TLP marking: The five markings of the Traffic Light Protocol version 2.0, written as TLP 2.0 writes them.
 */
export type Tlp = "TLP:RED" | "TLP:AMBER+STRICT" | "TLP:AMBER" | "TLP:GREEN" | "TLP:CLEAR";
/**
 * Permitted purpose: The purposes a recipient may use a shared report for.
 */
export type PermittedPurpose =
  | "investigation"
  | "transactionMonitoringTuning"
  | "detectionModelTraining"
  | "customerDueDiligence"
  | "victimSupport"
  | "strategicAnalysis"
  | "research"
  | "staffTraining"
  | "other";
/**
 * Onward sharing: Whether and how recipients may pass a report on to others.
 */
export type OnwardSharing = "prohibited" | "withinOrganisation" | "withOriginatorApproval" | "perTLP";
/**
 * Legal basis: The legal grounds for processing personal data: the six grounds of GDPR Article 6, processing for law enforcement, and other laws.
 */
export type LegalBasis =
  | "consent"
  | "contract"
  | "legalObligation"
  | "vitalInterests"
  | "publicTask"
  | "legitimateInterests"
  | "lawEnforcementDirective"
  | "other";
/**
 * Condition for sensitive data: The legal conditions that allow special-category data (GDPR Article 9) or criminal-offence data (Article 10) to be processed.
 */
export type SpecialCategoryCondition =
  | "explicitConsent"
  | "vitalInterests"
  | "substantialPublicInterest"
  | "legalClaims"
  | "healthOrSocialCare"
  | "researchAndStatistics"
  | "officialAuthority"
  | "other";
/**
 * Handling code (3x5x2): The two handling codes of the UK 3x5x2 intelligence model.
 */
export type HandlingCode3X5X2 = "P" | "C";
/**
 * Anonymisation method: How a value is treated when a report is anonymised for sharing. Every data point of the standard names its method; the anonymiser applies them.
 */
export type AnonymisationMethod =
  "KEEP" | "DROP" | "BAND" | "GEO" | "DATE" | "HMAC" | "PSEUDO" | "TRUNC" | "KSUP" | "FREE";
/**
 * Consent status: Whether the person agreed to their information being recorded and shared.
 */
export type ConsentStatus =
  | "explicitConsent"
  | "assentWithGuardianConsent"
  | "consentRefused"
  | "consentWithdrawn"
  | "notSoughtOtherLegalBasis"
  | "notPossible";
/**
 * Consent scope: Who the person agreed their information may be shared with, and for what.
 */
export type ConsentScope =
  | "shareWithFinancialInstitutions"
  | "shareWithLawEnforcement"
  | "shareWithFiu"
  | "shareWithSupportOrganisations"
  | "aggregateResearchOnly"
  | "detectionModelTraining"
  | "recontactPermitted"
  | "other";
/**
 * Form of consent: How a person gave consent.
 */
export type ConsentForm = "written" | "verbal" | "electronic" | "other";
/**
 * Source of information: The kinds of source the information in a report can come from.
 */
export type InformationSource =
  | "survivorInterview"
  | "survivorDocuments"
  | "helplineContact"
  | "caseManagementRecord"
  | "lawEnforcementInvestigation"
  | "courtRecord"
  | "financialInstitutionData"
  | "fiuDissemination"
  | "openSource"
  | "thirdPartyReferral"
  | "other";
/**
 * Source evaluation (3x5x2): The three source grades of the UK 3x5x2 intelligence model.
 */
export type SourceEvaluation3X5X2 = "1" | "2" | "3";
/**
 * Intelligence assessment (3x5x2): The five information grades of the UK 3x5x2 intelligence model.
 */
export type IntelligenceAssessment3X5X2 = "A" | "B" | "C" | "D" | "E";
/**
 * Source reliability (Admiralty): The six source reliability grades of the Admiralty (NATO) scale.
 */
export type AdmiraltySourceReliability = "A" | "B" | "C" | "D" | "E" | "F";
/**
 * Information credibility (Admiralty): The six information credibility grades of the Admiralty (NATO) scale.
 */
export type AdmiraltyInformationCredibility = "1" | "2" | "3" | "4" | "5" | "6";
/**
 * Local identifier: An identifier for a person, organisation, account, transaction or other item, unique within this case report, so that other parts of the report can point to it. Make it up (for example P1, ACC-2): never use a real name, case number or account number.
 */
export type LocalId = string;
/**
 * Role of a person in the case: The part a person played in the case.
 */
export type PersonRole =
  | "victim"
  | "perpetrator"
  | "facilitator"
  | "victimAndPerpetrator"
  | "witness"
  | "familyMemberOfVictim"
  | "scamVictim"
  | "other";
/**
 * Role in the trafficking process: What a person did, or what was done to them, in the trafficking process: the roles of the Human Trafficking Case Data Standard (HTCDS), extended with roles in handling the money.
 */
export type RoleInProcess =
  | "TravellingPartner"
  | "Transporter"
  | "RecruiterOrIntermediary"
  | "BrokerTravelAgent"
  | "TransferredIndividual"
  | "HarbouredIndividual"
  | "SoldIndividual"
  | "BoughtIndividual"
  | "ReceivedIndividual"
  | "ControlledIndividual"
  | "Smuggler"
  | "Abuser"
  | "Kidnapper"
  | "Exploiter"
  | "Financier"
  | "MoneyLaunderer"
  | "AccountController"
  | "CashCollector"
  | "DebtHolder"
  | "LabourBroker"
  | "Employer"
  | "Landlord"
  | "NomineeDirector"
  | "ProfessionalEnabler"
  | "PaymentAgent"
  | "CorruptOfficial"
  | "MoneyMuleRecruiter"
  | "Other";
/**
 * Age band: Age bands in years, the same as those of the Counter Trafficking Data Collaborative (CTDC) global dataset, so that records can be compared with it.
 */
export type AgeBand = "0-8" | "9-17" | "18-20" | "21-23" | "24-26" | "27-29" | "30-38" | "39-47" | "48+";
/**
 * Gender: Gender as the Human Trafficking Case Data Standard (HTCDS) records it. An unknown or unstated gender is a missing value, not a code.
 */
export type Gender = "Feminine" | "Masculine" | "TransgenderFeminine" | "TransgenderMasculine" | "NonConforming";
/**
 * Type of migrant: Kinds of migrant, from the guidance on migration and international protection of the Human Trafficking Case Data Standard (HTCDS), which names the categories but gives no codes.
 */
export type MigrantType =
  "FamilyMigrant" | "VisitorTouristMigrant" | "LabourMigrant" | "StudentMigrant" | "IrregularMigrant" | "Other";
/**
 * International protection status: Whether a person seeks or has international protection, or is stateless, from the guidance on migration and international protection of the Human Trafficking Case Data Standard (HTCDS).
 */
export type InternationalProtectionStatus = "AsylumSeeker" | "Refugee" | "ComplementaryProtection" | "StatelessPerson";
/**
 * Other migration situation: Other situations of migration or displacement, from the guidance on migration and international protection of the Human Trafficking Case Data Standard (HTCDS).
 */
export type OtherMigrationStatus =
  | "EnvironmentalMigrant"
  | "VulnerableMigrant"
  | "StrandedMigrant"
  | "ForcedMigrant"
  | "Deportee"
  | "ExCombatant"
  | "InternallyDisplacedPerson"
  | "SeparatedOrUnaccompaniedChild"
  | "Returnee";
/**
 * Relationship to the trafficker: How the victim knew the trafficker before the trafficking: the values of the Human Trafficking Case Data Standard (HTCDS), with the spelling of Unacquainted corrected, plus three more specific relationships.
 */
export type RelationshipToTrafficker =
  "Familial" | "Acquainted" | "Unacquainted" | "IntimatePartner" | "Employer" | "Recruiter";
/**
 * Highest level of education: Highest level of education completed, as the levels of the International Standard Classification of Education (ISCED 2011) used by the Human Trafficking Case Data Standard (HTCDS), plus one value for no schooling at all.
 */
export type HighestEducationLevel =
  | "NoFormalEducation"
  | "EarlyChildhoodEducation"
  | "PrimaryEducation"
  | "LowerSecondaryEducation"
  | "UpperSecondaryEducation"
  | "PostSecondaryNonTertiaryEducation"
  | "ShortCycleTertiaryEducation"
  | "BachelorsOrEquivalentLevel"
  | "MastersOrEquivalentLevel"
  | "DoctoralOrEquivalentLevel";
/**
 * Occupation group: Broad occupation groups: the ten major groups of the International Standard Classification of Occupations (ISCO-08), plus four situations that account-opening forms often record instead of an occupation.
 */
export type OccupationGroup =
  | "managers"
  | "professionals"
  | "techniciansAndAssociateProfessionals"
  | "clericalSupportWorkers"
  | "serviceAndSalesWorkers"
  | "skilledAgriculturalForestryFisheryWorkers"
  | "craftAndRelatedTradesWorkers"
  | "plantAndMachineOperatorsAssemblers"
  | "elementaryOccupations"
  | "armedForcesOccupations"
  | "student"
  | "unemployed"
  | "homemaker"
  | "retired";
/**
 * Type of identifier: Kinds of identifier of a person that can be hashed and matched across organisations.
 */
export type IdentifierType =
  | "phoneE164"
  | "email"
  | "passportNumber"
  | "nationalId"
  | "socialMediaHandle"
  | "messagingHandle"
  | "deviceId"
  | "ipAddress"
  | "postalAddress"
  | "other";
/**
 * Criminal justice status: The latest stage a person has reached with the police and courts in relation to the case.
 */
export type CriminalJusticeStatus =
  "suspected" | "arrested" | "charged" | "convicted" | "acquitted" | "proceedingsDiscontinued" | "deceased" | "other";
/**
 * Sanctions authority: Governments and bodies that designate persons and organisations under sanctions programmes, and the United States Treasury's section 311 findings.
 */
export type SanctionsAuthority =
  "unSecurityCouncil" | "usOfac" | "usFincen311" | "ukOfsi" | "euCouncil" | "auDfat" | "caGlobalAffairs" | "other";
/**
 * Status of a sanctions designation: Whether a designation or finding is in force.
 */
export type SanctionsDesignationStatus = "inForce" | "proposed" | "lifted";
/**
 * Kind of contact detail: Kinds of contact detail or identity number an organisation can hold about a person.
 */
export type ContactDetailType = "phone" | "email" | "postalAddress" | "identityNumber";
/**
 * Local reference: The local identifier of another item in the same case report.
 */
export type LocalRef = string;
/**
 * Role of an organisation in the case: The parts an organisation can play in a trafficking case or in moving its money.
 */
export type OrgRoleInCase =
  | "employer"
  | "siteOfExploitation"
  | "recruitmentAgency"
  | "labourHireContractor"
  | "manningAgency"
  | "shellCompany"
  | "accommodationProvider"
  | "transportProvider"
  | "advertisingPlatform"
  | "paymentServiceProvider"
  | "moneyServiceBusiness"
  | "virtualAssetServiceProvider"
  | "bank"
  | "casinoOrGaming"
  | "scamCompoundOperator"
  | "studentRecruitmentAgency"
  | "corporateServiceProvider"
  | "buyerInSupplyChain"
  | "supportOrganisation"
  | "placeOfRecruitment"
  | "other";
/**
 * Kind of front business: Kinds of business that perpetrators use as a front for exploitation or to pass off its proceeds as ordinary takings.
 */
export type FrontBusinessType =
  | "massageParlourSpa"
  | "nailSalon"
  | "karaokeBarNightclub"
  | "restaurant"
  | "carWash"
  | "cleaningCompany"
  | "constructionSubcontractor"
  | "employmentAgency"
  | "travelAgency"
  | "hotelGuesthouse"
  | "onlineGamingCasino"
  | "escortAgency"
  | "stripClub"
  | "modellingAgency"
  | "seafoodProcessor"
  | "fishingManningAgent"
  | "other";
/**
 * Legal form: Broad kinds of legal body. National registers and financial intelligence units use more detailed lists: map them to these.
 */
export type LegalForm =
  | "soleTrader"
  | "partnership"
  | "privateCompany"
  | "publicCompany"
  | "ngo"
  | "trust"
  | "cooperative"
  | "government"
  | "unregistered"
  | "other";
/**
 * Recruiter licence status: Whether a recruitment or labour-hire agency held the licence the law requires. An unknown status is a missing value, not a code.
 */
export type RecruiterLicenceStatus = "licensed" | "unlicensed" | "licenceRevoked";
/**
 * Payroll compared with workforce: How the wage payments seen in an organisation's accounts compare with the number of workers it has.
 */
export type PayrollObservation = "noPayroll" | "farBelowExpected" | "belowExpected" | "consistent";
/**
 * Nature of ownership or control: Ways of owning or controlling an organisation, taking the codes of the Beneficial Ownership Data Standard's interest types.
 */
export type InterestType =
  | "shareholding"
  | "votingRights"
  | "appointmentOfBoard"
  | "otherInfluenceOrControl"
  | "seniorManagingOfficial"
  | "settlor"
  | "trustee"
  | "protector"
  | "beneficiaryOfLegalArrangement"
  | "rightsToProfitOrIncome"
  | "rightsGrantedByContract"
  | "boardMember"
  | "unknownInterest";
/**
 * Direct or indirect interest: Whether an interest in an organisation is held directly or through others.
 */
export type DirectOrIndirect = "direct" | "indirect";
/**
 * Method of recruitment: How the victim first came into contact with the recruiter. The codes are the HTCDS ones, unchanged.
 */
export type RecruitmentMethod =
  | "AtAPlaceOfBusiness"
  | "AtAnEducationalInstitution"
  | "AtWork"
  | "ThroughOnlineSocialNetworks"
  | "ThroughAnOnlineAdvertisement"
  | "ThroughATelevisionAdvert"
  | "ThroughANewspaperAdvert"
  | "ThroughFamilyOrFamilyEvents"
  | "ThroughFriendsOrSocialEvents"
  | "Other";
/**
 * Who was paid the recruitment fee: Who received the recruitment fee paid by the worker or their family.
 */
export type RecruitmentFeePayee =
  "recruiterIndividual" | "agencyInOriginCountry" | "agencyInDestinationCountry" | "employer" | "broker" | "other";
/**
 * Payment method: How money or value was moved: cash, bank transfer, card, money transfer service, mobile money, virtual assets or informal channels.
 */
export type PaymentMethod =
  | "cashHandover"
  | "cashDepositBranch"
  | "cashDepositAtm"
  | "thirdPartyCashDeposit"
  | "cashWithdrawal"
  | "bankTransferDomestic"
  | "bankTransferInternational"
  | "instantP2P"
  | "cheque"
  | "cardPayment"
  | "prepaidCardLoad"
  | "moneyOrder"
  | "msbRemittance"
  | "mobileMoney"
  | "cryptoOnChain"
  | "cryptoAtm"
  | "cryptoOtc"
  | "thirdPartyPaymentProcessor"
  | "informalValueTransfer"
  | "giftCards"
  | "casinoChipsOrGamingAccount"
  | "inKind"
  | "payrollCard"
  | "other";
/**
 * Recruitment-related cost: Costs linked to being recruited and placed in a job, other than the recruitment fee itself. Under ILO guidance the worker should pay none of them.
 */
export type RelatedCost =
  | "travel"
  | "lodging"
  | "visaOrWorkPermit"
  | "passportOrDocuments"
  | "medicalExam"
  | "insurance"
  | "skillsTestOrTraining"
  | "equipmentOrUniform"
  | "administrativeFee"
  | "other";
/**
 * How the fee was paid for: Where the money for the recruitment fee and related costs came from.
 */
export type FeeFinancingSource =
  | "ownSavings"
  | "familyLoan"
  | "informalMoneylender"
  | "recruiterAdvance"
  | "employerAdvance"
  | "bankLoan"
  | "microfinanceLoan"
  | "assetPledge"
  | "other";
/**
 * Who paid for the travel: Who paid for the victim's journey to the place of exploitation.
 */
export type TravelPayer = "victim" | "victimFamily" | "recruiterOrAgency" | "employer" | "other";
/**
 * Wage deduction: Things taken out of the victim's pay before they received it.
 */
export type WageDeduction =
  | "accommodation"
  | "food"
  | "transport"
  | "equipmentOrUniform"
  | "agencyFee"
  | "visaOrPermitFees"
  | "debtRepayment"
  | "fines"
  | "protectionFee"
  | "other";
/**
 * Share of wages deducted: Bands for how much of the gross wage was taken in deductions.
 */
export type DeductionShareBand = "lt25" | "25-49" | "50-74" | "ge75";
/**
 * Who held the documents: Who kept the victim's passport, identity card or other documents.
 */
export type DocumentsHolder = "employer" | "recruiterOrAgency" | "controller" | "landlord" | "other";
/**
 * How the account was controlled: Ways in which someone else controlled a victim's account.
 */
export type AccountControlMethod =
  | "holdsCardAndPin"
  | "holdsOnlineBankingCredentials"
  | "holdsOtpDeviceOrSim"
  | "holdsPassbookOrChequebook"
  | "jointAccountWithController"
  | "controllerIsSignatoryOrAttorney"
  | "phoneConfiscated"
  | "forcedWithdrawalAndHandover"
  | "salaryRedirected"
  | "other";
/**
 * How the account was opened: Who opened an account held in the victim's name, and how freely the victim took part.
 */
export type AccountOpenedBy =
  | "victimFreely"
  | "victimAccompaniedByThirdParty"
  | "thirdPartyOnVictimsBehalf"
  | "employerOrAgencyBulkOpening"
  | "victimUnaware"
  | "other";
/**
 * Wages paid: How far the victim was actually paid the wages due to them.
 */
export type WagesPaid = "notPaid" | "paidPartially" | "paidLessThanPromised" | "paidIrregularly" | "paidInFull";
/**
 * Duration band: Bands for how long something lasted, so that exact dates are not needed.
 */
export type DurationBand = "lt1m" | "1-3m" | "3-6m" | "6-12m" | "gt12m";
/**
 * Who received the wages: Who the victim's wages were actually paid to.
 */
export type WageRecipient = "victim" | "employer" | "recruiterOrAgency" | "controller" | "victimFamily" | "other";
/**
 * Sending money home: Whether and how freely the victim could send money to their family.
 */
export type RemittanceControl =
  "notAllowed" | "controlledByOther" | "madeByOtherOnVictimsBehalf" | "allowedSmallAmounts" | "free";
/**
 * Other method of control: Means of control that are not about money. The codes are the HTCDS Methods of Control, unchanged; the financial ones (debt bondage, taking earnings, restricting financial access, withholding documents, false promises) are separate yes/no questions instead.
 */
export type NonFinancialMethodOfControl =
  | "PhysicalThreats"
  | "ThreatsLawEnforcement"
  | "ThreatensChildrenFamily"
  | "PhysicalAbuse"
  | "SexualAbuse"
  | "RestrictsMedicalCare"
  | "WithholdsNecessities"
  | "PsychologicalAbuse"
  | "PsychoactiveSubstance"
  | "ExcessiveWorkingHours"
  | "RestrictsMovement"
  | "UsesChildren"
  | "Other";
/**
 * Money-mule awareness: How far a victim used as a money mule knew about, and chose, the money moving through them.
 */
export type MuleAwareness = "unwitting" | "deceived" | "coerced" | "complicitUnderDuress";
/**
 * Transaction the victim was made to carry out: Kinds of transaction a victim may be made to carry out, or let happen through their account, for traffickers.
 */
export type ForcedTransactionType =
  | "cashDeposit"
  | "cashWithdrawal"
  | "domesticTransfer"
  | "internationalTransfer"
  | "remittanceSend"
  | "remittanceReceive"
  | "cryptoPurchase"
  | "cryptoTransfer"
  | "cardPurchases"
  | "prepaidCardLoad"
  | "chequeCashing"
  | "receiveFundsForOthers"
  | "other";
/**
 * Account count band: Bands for counting accounts, so that the exact number is not needed. "0" means none.
 */
export type AccountCountBand = "0" | "1" | "2-3" | "4-10" | "11+";
/**
 * Credit product: Kinds of loan, credit or contract that can be taken out in someone's name.
 */
export type CreditProduct =
  | "personalLoan"
  | "creditCard"
  | "overdraft"
  | "buyNowPayLater"
  | "vehicleFinance"
  | "mortgage"
  | "paydayLoan"
  | "phoneContract"
  | "utilityContract"
  | "other";
/**
 * Victim's role in a company: Roles a victim may be given on paper in a company or business that others control.
 */
export type VictimCompanyRole = "director" | "shareholder" | "beneficialOwner" | "soleTrader" | "other";
/**
 * Thing registered in the victim's name: Kinds of property, contract or booking that others may put in a victim's name to hide who uses them.
 */
export type ItemRegisteredToVictim = "vehicle" | "property" | "simCard" | "hotelBooking" | "rentalLease" | "other";
/**
 * Job advertised: The kinds of job used to lure people to scam compounds.
 */
export type AdvertisedJob =
  | "itDeveloper"
  | "customerService"
  | "hrRecruiter"
  | "translator"
  | "marketingSales"
  | "casinoHotelStaff"
  | "dataEntry"
  | "other";
/**
 * Forced scam type: Kinds of scam or crime people in scam compounds are forced to carry out.
 */
export type ForcedScamType =
  | "romanceInvestmentPigButchering"
  | "cryptoInvestment"
  | "impersonation"
  | "illegalGambling"
  | "phishingSmishing"
  | "loanOrJobScam"
  | "moneyLaunderingTasks"
  | "sextortion"
  | "other";
/**
 * Times sold band: Bands for how many times a person was sold on between compounds or groups.
 */
export type TimesSoldBand = "0" | "1" | "2" | "3+";
/**
 * Basis of calculation: What a victim's losses are counted from.
 */
export type LossCalculationBasis =
  | "contractWage"
  | "promisedWage"
  | "statutoryMinimumWage"
  | "collectiveAgreementRate"
  | "courtOrTribunalFinding"
  | "victimsOwnAccount"
  | "other";
/**
 * Fraud database: Databases in which a person can be marked as having committed or facilitated fraud.
 */
export type FraudMarkerDatabase =
  | "cifasNationalFraudDatabase"
  | "cifasInternalFraudDatabase"
  | "otherSharedFraudDatabase"
  | "institutionInternalList"
  | "other";
/**
 * Origin of the debt: What a debt was said to be for: how it started, or what was later added to it.
 */
export type DebtOrigin =
  | "recruitmentFee"
  | "travelCosts"
  | "visaOrDocuments"
  | "accommodation"
  | "food"
  | "trainingFee"
  | "finesPenalties"
  | "purchasePriceResale"
  | "advanceToFamily"
  | "medical"
  | "ransom"
  | "loanShark"
  | "gamblingDebt"
  | "other";
/**
 * Interest on the debt: Whether interest was charged on a debt, and of what kind.
 */
export type InterestApplied = "noInterest" | "fixedRate" | "usuriousRate";
/**
 * Interest rate band: Bands for the interest rate on a debt, as a percentage per month. Informal lenders usually quote a monthly rate; divide a yearly rate by 12, and multiply a weekly rate by 4.
 */
export type InterestRateBand = "lt1" | "1-2" | "3-4" | "5-9" | "10-19" | "ge20";
/**
 * Type of creditor: Who the debt was owed to.
 */
export type CreditorType =
  | "recruiterOrAgency"
  | "employer"
  | "controller"
  | "moneylender"
  | "formalLender"
  | "collectionAgency"
  | "familyOfTrafficker"
  | "other";
/**
 * Form of the debt: What, if anything, records or secures the debt.
 */
export type DebtInstrument =
  | "noAgreement"
  | "verbal"
  | "iou"
  | "signedBlankDocument"
  | "postDatedCheque"
  | "loanContract"
  | "salaryAssignment"
  | "other";
/**
 * How the debt was repaid: Ways in which a debt was repaid or was meant to be repaid.
 */
export type DebtRepaymentMethod =
  "wageDeduction" | "cashHandover" | "transferToCreditorAccount" | "remittanceByFamily" | "labourInKind" | "other";
/**
 * Account holder type: In whose name an account is held.
 */
export type AccountHolderType = "individual" | "joint" | "business" | "nominee" | "trustOrNonProfit" | "other";
/**
 * Account or instrument type: Kinds of account, card, wallet or arrangement through which money can move.
 */
export type InstrumentType =
  | "currentAccount"
  | "savingsAccount"
  | "businessAccount"
  | "eMoneyOrPaymentAccount"
  | "mobileMoneyWallet"
  | "prepaidCard"
  | "payrollCard"
  | "debitCard"
  | "creditCard"
  | "loanAccount"
  | "custodialCryptoAccount"
  | "selfHostedCryptoWallet"
  | "remittanceCustomerProfile"
  | "gamingAccount"
  | "informalValueTransferRelationship"
  | "other";
/**
 * Institution type: Kinds of business that provide accounts or move money.
 */
export type InstitutionType =
  | "bank"
  | "creditUnionCooperative"
  | "microfinanceInstitution"
  | "eMoneyOrPaymentInstitution"
  | "mobileMoneyOperator"
  | "moneyServiceBusinessRemittance"
  | "virtualAssetServiceProvider"
  | "otcCryptoDesk"
  | "casinoOrGaming"
  | "pawnshop"
  | "postalService"
  | "hawalaOrInformal"
  | "thirdPartyPaymentProcessor"
  | "other";
/**
 * Account identifier scheme: Kinds of number or address that identify an account.
 */
export type AccountIdentifierScheme =
  | "iban"
  | "accountNumber"
  | "pan"
  | "walletAddress"
  | "mobileMoneyNumber"
  | "bic"
  | "abaRoutingNumber"
  | "upiVpa"
  | "pixKey"
  | "appHandle"
  | "other";
/**
 * Blockchain network: Blockchain networks on which crypto is held or moved. The list is open: new networks appear often, so other codes are accepted with a warning.
 */
export type CryptoNetwork = string;
/**
 * Crypto asset: Cryptocurrencies and tokens, by their usual ticker in lower case. The list is open: new tokens appear often, so other codes are accepted with a warning.
 */
export type CryptoAsset = string;
/**
 * Wallet attribution: Kinds of service a crypto wallet can be attributed to by tracing tools or by the service itself.
 */
export type WalletAttribution =
  | "centralisedExchange"
  | "noKycExchange"
  | "otcDesk"
  | "p2pMerchant"
  | "guaranteeMarketplace"
  | "gamblingService"
  | "mixer"
  | "bridge"
  | "swapOrDex"
  | "paymentProcessor"
  | "darknetMarket"
  | "scamOperation"
  | "sanctionedEntity"
  | "selfHostedUnattributed"
  | "other";
/**
 * Account status: The state an account is in.
 */
export type AccountStatus = "active" | "restricted" | "frozen" | "closed" | "exitedByInstitution" | "other";
/**
 * Account use: Things an account was seen to be used for in a trafficking case.
 */
export type AccountUse =
  | "receivingWages"
  | "collectingVictimEarnings"
  | "receivingSexBuyerPayments"
  | "receivingPaymentsForChildSexualAbuse"
  | "payingForChildSexualAbuse"
  | "receivingSextortionPayments"
  | "payingAdvertising"
  | "payingAccommodation"
  | "payingTransport"
  | "layering"
  | "cashOut"
  | "receivingScamVictimFunds"
  | "payingRecruitmentFees"
  | "remittingAbroad"
  | "payingRansom"
  | "other";
/**
 * Time-of-day band: Bands of the time of day, in local time where the payment was made, so that the exact time is not needed.
 */
export type TimeOfDayBand = "businessHours" | "evening" | "night" | "earlyMorning";
/**
 * Payment channel: Ways a payer reaches the money or the payment system.
 */
export type PaymentChannel =
  | "branchCounter"
  | "atm"
  | "agentOutlet"
  | "cryptoKiosk"
  | "onlineBanking"
  | "mobileApp"
  | "ussdOrSms"
  | "pointOfSale"
  | "cardNotPresent"
  | "telephone"
  | "other";
/**
 * Frequency: How often something happened.
 */
export type Frequency = "oneOff" | "daily" | "weekly" | "fortnightly" | "monthly" | "irregular";
/**
 * Dwell-time band: Bands of how long money stayed in an account before it was moved on.
 */
export type DwellTimeBand = "sameDay" | "oneToTwoDays" | "threeToSevenDays" | "moreThanSevenDays";
/**
 * Direction relative to the victim: Whether a payment went to the victim, came from the victim, was paid by others on the victim's behalf, passed through the victim's account or did not involve the victim.
 */
export type DirectionRelativeToVictim =
  "victimIn" | "victimOut" | "onVictimsBehalf" | "throughVictimAccount" | "notVictimRelated";
/**
 * Payment scheme: Payment schemes and networks that carry transfers. The list is open: schemes differ by country and new ones appear, so other codes are accepted with a warning.
 */
export type PaymentRail = string;
/**
 * Payment provider: Mobile-money, remittance and payment-app providers that move money for people. The list is open: there are many providers, so other codes are accepted with a warning.
 */
export type PaymentProvider = string;
/**
 * Payout type: How the receiver of a money transfer gets the money.
 */
export type PayoutType =
  "cashPickUp" | "accountCredit" | "mobileWalletCredit" | "cardCredit" | "homeDelivery" | "other";
/**
 * Transaction purpose: What a payment was for or paid, grouped so that spending patterns typical of trafficking can be recognised.
 */
export type TransactionPurpose =
  | "advertisingOnlineClassified"
  | "advertisingSocialMedia"
  | "advertisingJobAds"
  | "webHostingOrDomains"
  | "accommodationHotelMotel"
  | "accommodationShortTermRental"
  | "rentResidential"
  | "transportAir"
  | "transportBusRail"
  | "transportTaxiRideshare"
  | "fuel"
  | "visaTravelDocuments"
  | "recruitmentOrPlacementFee"
  | "relatedRecruitmentCost"
  | "wageSalary"
  | "wageAdvance"
  | "wageDeduction"
  | "debtRepayment"
  | "ransomOrReleasePayment"
  | "purchaseOrSaleOfPerson"
  | "clientPaymentForServices"
  | "paymentForChildSexualAbuse"
  | "sextortionPayment"
  | "scamVictimFunds"
  | "remittanceToFamily"
  | "briberyCorruption"
  | "protectionPayment"
  | "foodProvisionsBulk"
  | "restaurantsTakeaway"
  | "clothingCosmeticsBeauty"
  | "medicalPharmacy"
  | "phoneSimTopUp"
  | "equipmentTools"
  | "luxurySpending"
  | "gambling"
  | "investmentRealEstate"
  | "vehiclePurchase"
  | "cashConsolidation"
  | "cryptoConsolidation"
  | "loanOrCredit"
  | "other";
/**
 * Counterparty type: The kind of party on the other side of a payment.
 */
export type CounterpartyType =
  | "victim"
  | "perpetrator"
  | "facilitator"
  | "victimFamily"
  | "employer"
  | "recruiterAgency"
  | "accommodationProvider"
  | "advertisingPlatform"
  | "transportProvider"
  | "msb"
  | "vasp"
  | "casino"
  | "landlord"
  | "governmentBody"
  | "sexBuyer"
  | "childAbuseOffender"
  | "scamVictim"
  | "other";
/**
 * Trafficking stage: The stage of the trafficking at which something happened: the HTCDS event types, extended with laundering and release.
 */
export type TraffickingStage = "Recruitment" | "Transit" | "Exploitation" | "PostExploitationLaundering" | "Release";
/**
 * Crypto trail-breaking step: Kinds of service that hide or break the trail of a crypto transfer.
 */
export type CryptoObfuscationStep = "mixer" | "bridge" | "swapOrDex" | "privacyCoin" | "peelChain" | "other";
/**
 * Travel Rule data: Whether the payer and payee information the FATF Travel Rule asks providers to pass along came with a crypto transfer.
 */
export type TravelRuleData = "complete" | "incomplete" | "absent" | "notApplicableSelfHosted" | "belowThreshold";
/**
 * Evidence basis: What a piece of information is based on, so that others can judge how far to rely on it.
 */
export type EvidenceBasis =
  | "victimStatement"
  | "witnessStatement"
  | "receiptOrInvoice"
  | "bankStatement"
  | "screenshotMessage"
  | "seizedLedger"
  | "fiRecords"
  | "blockchainRecord"
  | "courtDocument"
  | "other";
/**
 * Laundering method: Ways in which the proceeds of trafficking are hidden, moved or made to look lawful.
 */
export type LaunderingMethod =
  | "cashIntensiveFrontBusiness"
  | "comminglingWithBusinessRevenue"
  | "funnelAccounts"
  | "moneyMules"
  | "shellCompanies"
  | "nomineeDirectors"
  | "tradeBased"
  | "realEstate"
  | "luxuryGoodsVehicles"
  | "gamblingCasino"
  | "cryptoStablecoins"
  | "cryptoMixersBridges"
  | "cryptoMixers"
  | "cryptoBridgesSwaps"
  | "cryptoGuaranteeMarketplace"
  | "otcCryptoBrokers"
  | "hawalaUndergroundBanking"
  | "bulkCashSmuggling"
  | "prepaidStoredValue"
  | "thirdPartyPaymentProcessors"
  | "professionalEnablers"
  | "loanBack"
  | "other";
/**
 * Asset type: Kinds of asset bought with, or holding, the proceeds of trafficking.
 */
export type AssetType =
  "realEstate" | "vehicle" | "cash" | "bankBalance" | "cryptoassets" | "jewelleryLuxury" | "businessInterest" | "other";
/**
 * Role of the registered holder: Who an asset is held or registered in the name of, by their role in the case.
 */
export type RegisteredToRole = "perpetrator" | "familyMember" | "victim" | "nominee" | "company" | "other";
/**
 * Asset funding source: Ways the purchase of an asset was paid for.
 */
export type AssetFundingSource =
  | "cashPayment"
  | "accountTransfer"
  | "cryptoassets"
  | "loanOrMortgage"
  | "paidByThirdParty"
  | "victimFunds"
  | "businessFunds"
  | "other";
/**
 * Harmonized System chapter: The 96 chapters of the World Customs Organization's Harmonized System, the customs classification of goods, by their two-digit number (chapter 77 is reserved and unused).
 */
export type HsChapter =
  | "01"
  | "02"
  | "03"
  | "04"
  | "05"
  | "06"
  | "07"
  | "08"
  | "09"
  | "10"
  | "11"
  | "12"
  | "13"
  | "14"
  | "15"
  | "16"
  | "17"
  | "18"
  | "19"
  | "20"
  | "21"
  | "22"
  | "23"
  | "24"
  | "25"
  | "26"
  | "27"
  | "28"
  | "29"
  | "30"
  | "31"
  | "32"
  | "33"
  | "34"
  | "35"
  | "36"
  | "37"
  | "38"
  | "39"
  | "40"
  | "41"
  | "42"
  | "43"
  | "44"
  | "45"
  | "46"
  | "47"
  | "48"
  | "49"
  | "50"
  | "51"
  | "52"
  | "53"
  | "54"
  | "55"
  | "56"
  | "57"
  | "58"
  | "59"
  | "60"
  | "61"
  | "62"
  | "63"
  | "64"
  | "65"
  | "66"
  | "67"
  | "68"
  | "69"
  | "70"
  | "71"
  | "72"
  | "73"
  | "74"
  | "75"
  | "76"
  | "78"
  | "79"
  | "80"
  | "81"
  | "82"
  | "83"
  | "84"
  | "85"
  | "86"
  | "87"
  | "88"
  | "89"
  | "90"
  | "91"
  | "92"
  | "93"
  | "94"
  | "95"
  | "96"
  | "97";
/**
 * Mis-invoicing type: Ways invoices or shipping papers misstate a trade to move value.
 */
export type MisInvoicingType =
  | "overInvoicing"
  | "underInvoicing"
  | "multipleInvoicing"
  | "quantityMisstated"
  | "goodsMisdescribed"
  | "phantomShipment"
  | "other";
/**
 * Indicator status: Whether a red-flag indicator was seen in a case.
 */
export type IndicatorStatus = "observed" | "suspected" | "notObserved" | "notAssessed";
/**
 * Indicator observer: Who noticed a red-flag indicator.
 */
export type IndicatorObserver =
  "ngo" | "lawEnforcement" | "financialInstitution" | "fiu" | "survivorSelfReport" | "other";
/**
 * Indicator confidence: How sure the observer is that a red-flag indicator applies.
 */
export type IndicatorConfidence = "low" | "medium" | "high";
/**
 * Type of reporting institution: The kinds of institution that file suspicious transaction or activity reports.
 */
export type StrSarFiler = "bank" | "msb" | "vasp" | "otherFI" | "dnfbp" | "other";
/**
 * Status of a suspicious transaction report: How far a report went at the financial intelligence unit.
 */
export type StrSarStatus = "filed" | "acceptedByFiu" | "returnedByFiu" | "disseminated";
/**
 * Key term for suspicious activity reports: Key terms and glossary codes that financial intelligence units ask reporters to write in a report, so that reports about human trafficking or related crime can be found. The codes are written exactly as the unit asks, including capitals and spaces. The list is open: other units' codes are accepted.
 */
export type SarKeyTerm = string;
/**
 * Recipient of a disclosure: Kinds of authority a financial intelligence unit passes its analysis to.
 */
export type DisseminationRecipient =
  | "police"
  | "prosecutor"
  | "labourInspectorate"
  | "immigrationAuthority"
  | "taxAuthority"
  | "supervisor"
  | "foreignFiu"
  | "other";
/**
 * Public-private sharing channel: Partnerships and legal routes for sharing information on a case between financial institutions and authorities, or between financial institutions.
 */
export type PublicPrivateSharingRoute =
  | "us314a"
  | "us314b"
  | "ukJmlit"
  | "auFintelAlliance"
  | "caProjectProtect"
  | "caProjectShadow"
  | "otherPartnership"
  | "otherLegalGateway";
/**
 * Financial institution action: What a financial institution did with an account or payment it suspected.
 */
export type FiAccountAction =
  | "enhancedDueDiligence"
  | "transactionBlocked"
  | "accountRestricted"
  | "accountFrozen"
  | "relationshipExited"
  | "fundsReturnedToVictim"
  | "other";
/**
 * Kind of asset action: Legal steps that can be taken against money or property.
 */
export type AssetActionType = "freeze" | "seizure" | "confiscation" | "returnToVictims" | "other";
/**
 * Legal route for freezing or confiscation: The kind of proceedings through which assets were frozen or confiscated.
 */
export type ConfiscationType = "criminal" | "nonConvictionBased" | "administrative" | "other";
/**
 * Status of a legal step: Where an application, order or claim stands.
 */
export type LegalStepStatus =
  "applied" | "granted" | "partlyGranted" | "refused" | "lifted" | "withdrawn" | "completed";
/**
 * Reason for refusal: Main reasons an order or a compensation claim is refused, or an order lifted.
 */
export type RefusalReason =
  | "insufficientEvidence"
  | "noConviction"
  | "notRecognisedAsVictim"
  | "outOfTime"
  | "noAssetsAvailable"
  | "claimantUnreachable"
  | "ineligibleResidenceStatus"
  | "other";
/**
 * Criminal-justice outcome: Stages a criminal case reached.
 */
export type CriminalJusticeOutcome =
  | "investigationOpened"
  | "traffickingCharge"
  | "moneyLaunderingCharge"
  | "conviction"
  | "acquittal"
  | "noFurtherAction"
  | "other";
/**
 * Source of compensation: Routes through which a survivor can receive compensation.
 */
export type CompensationSource =
  | "criminalCompensationOrder"
  | "civilClaim"
  | "stateFund"
  | "backPayFromEmployer"
  | "confiscatedAssets"
  | "remediationByBuyer"
  | "other";
/**
 * Financial inclusion support: Kinds of help for a survivor to regain a safe and independent financial life.
 */
export type FinancialInclusionSupport =
  | "bankAccountOpened"
  | "alternativeCddUsed"
  | "survivorInclusionInitiativeReferral"
  | "creditRecordRemediation"
  | "fraudulentDebtCancelled"
  | "financialLiteracySupport"
  | "safeRemittanceSetup"
  | "other";
/**
 * Support plan type: The HTCDS types of support plan for a survivor, with the HTCDS codes unchanged.
 */
export type SupportPlanType =
  | "Education"
  | "Financial"
  | "Health"
  | "LabourExploitationRehabilitation"
  | "Legal"
  | "Livelihood"
  | "RightsBasedTraining"
  | "SexualExploitationRehabilitation"
  | "SocialCare"
  | "Other";
/**
 * Reason for referral: The HTCDS reasons for referring a case to another organisation, with the HTCDS codes unchanged.
 */
export type ReferralReason = "AdditionalServicesRequired" | "MigrationOrChangeOfLocation" | "Other";
/**
 * Routing of scam victims' money: Channels used to collect and move money taken from scam victims.
 */
export type ScamFundsRouting =
  "muleBankAccounts" | "vaspAccounts" | "otcDesks" | "paymentProcessors" | "cashCouriers" | "giftCards" | "other";
/**
 * Who paid the ransom: Who paid money to get a victim released.
 */
export type RansomPayer = "victimFamily" | "victim" | "ngo" | "other";
/**
 * Sensitivity class: How sensitive a data point is, from P0 (non-personal) to P4 (direct identifier); every data point of the schema declares its class in x-sensitivity.
 */
export type SensitivityClass = "P0" | "P1" | "P2" | "P3" | "P4";

/**
 * HTFDS case report: One report about the financial side of one human-trafficking or modern-slavery case: who was involved, how money was controlled, moved and laundered, which red flags were seen, and how the report may be shared. Every report is about one case; each victim, or each group of victims whose answers are the same, has a victim profile of their own.
 */
export interface CaseReport {
  /**
   * Schema version: The version of HTFDS this report follows, for example 0.2.0. Tools use it to read the report correctly.
   *
   * (sensitivity P0; anonymisation KEEP; required)
   */
  schemaVersion: `${number}.${number}.${number}`;
  /**
   * Record identifier: A random identifier for this report (a UUID such as 3f2b0c1e-8d7a-4c55-9a40-2e6f1b7d9c10), made up when the report is created. Never use your case number or anything that could lead back to the person.
   *
   * (sensitivity P2; anonymisation PSEUDO; required)
   */
  recordId: `${string}-${string}-${string}-${string}-${string}`;
  /**
   * Record type: What kind of report this is: a summary of a case, a set of transactions, an alert about indicators, an update on outcomes, or a correction of an earlier report.
   *
   * (sensitivity P0; anonymisation KEEP; required)
   */
  recordType: RecordType;
  /**
   * Earlier report: For updates and corrections: the record identifier of the earlier report this one updates or corrects.
   *
   * (sensitivity P2; anonymisation PSEUDO; optional)
   */
  relatesToRecordId?: `${string}-${string}-${string}-${string}-${string}`;
  /**
   * Keyed hash of the case number: A keyed hash of your own case number, so that reports about the same case can be linked and duplicates found across organisations, without revealing the case number.
   *
   * (sensitivity P2; anonymisation HMAC; recommended)
   */
  sourceCaseRefHmac?: Hmac;
  /**
   * Type of reporting organisation: What kind of organisation is making this report.
   *
   * (sensitivity P1; anonymisation KEEP; required; HTCDS org_Type)
   */
  reportingOrgType: ReportingOrgType;
  /**
   * Reporting organisation identifier: The identifier of the reporting organisation in the sharing group, or its LEI for a financial institution. Leave it out when the organisation must not be identifiable.
   *
   * (sensitivity P1; anonymisation DROP; recommended)
   */
  reportingOrgId?: string;
  /**
   * Reporting country: The country of the organisation making the report.
   *
   * (sensitivity P0; anonymisation KEEP; required)
   */
  reportingCountry: CountryCode;
  /**
   * Date reported: The date this report was written, as YYYY-MM-DD.
   *
   * (sensitivity P1; anonymisation DATE; required)
   */
  dateReported: `${number}-${number}-${number}`;
  /**
   * Information as of: The date on which the facts in this report were established, usually the date of the interview, as YYYY-MM-DD.
   *
   * (sensitivity P1; anonymisation DATE; recommended)
   */
  informationAsOf?: `${number}-${number}-${number}` | MissingValue;
  /**
   * Case status: Where the case stands in your organisation: open, being followed up, closed, or closed and referred elsewhere.
   *
   * (sensitivity P1; anonymisation KEEP; optional; HTCDS cas_Status)
   */
  caseStatus?: CaseStatus | MissingValue;
  /**
   * Trafficking status: Whether the people exploited in this case have been identified as victims of trafficking: possible victims, confirmed (actual) victims, or found not to be victims.
   *
   * (sensitivity P3; anonymisation KEEP; required; HTCDS vic_TraffickingStatus)
   */
  traffickingStatus: TraffickingStatus | MissingValue;
  /**
   * Who decided the trafficking status: The kind of organisation that decided the trafficking status.
   *
   * (sensitivity P1; anonymisation KEEP; recommended; HTCDS vic_TraffickingStatusDecisionMakingOrg)
   */
  traffickingStatusDecidedBy?: TraffickingStatusDecisionMaker | MissingValue;
  /**
   * Exploitation started: The month the exploitation began, as YYYY-MM.
   *
   * (sensitivity P2; anonymisation DATE; recommended; HTCDS hte_Date)
   */
  exploitationStart?: YearMonth | MissingValue;
  /**
   * Exploitation ended: The month the exploitation ended, as YYYY-MM. Leave it out if it is still going on.
   *
   * (sensitivity P2; anonymisation DATE; recommended; HTCDS hte_Date)
   */
  exploitationEnd?: YearMonth | MissingValue;
  /**
   * Exploitation still going on: true if the exploitation is still happening at the time of the report. Investigators and banks treat recent and ongoing cases as urgent.
   *
   * (sensitivity P2; anonymisation KEEP; recommended)
   */
  ongoingExploitation?: Flag;
  /**
   * Types of exploitation: Every form of exploitation in the case. Choose all that apply.
   *
   * (sensitivity P3; anonymisation KEEP; required; HTCDS vic_TypeOfExploitation)
   */
  exploitationTypes: ExploitationType[] | MissingValue;
  /**
   * Types of forced criminality: When people were forced to commit crimes: which crimes. Choose all that apply.
   *
   * (sensitivity P3; anonymisation KEEP; optional)
   */
  forcedCriminalityTypes?: ForcedCriminalityType[] | MissingValue;
  /**
   * Types of sexual exploitation: When the exploitation was sexual: which forms. Choose all that apply.
   *
   * (sensitivity P3; anonymisation KEEP; optional; HTCDS vic_TypeOfSexExploitation)
   */
  sexualExploitationTypes?: SexualExploitationType[] | MissingValue;
  /**
   * Websites and apps used to exploit: Websites and apps used during the exploitation, for example to advertise the victims or to take payments.
   *
   * (sensitivity P2; anonymisation KEEP; optional; HTCDS vic_ExploitationWebsitesAndApps)
   */
  exploitationPlatforms?: Platform[] | MissingValue;
  /**
   * Sectors: The economic sectors where the exploitation happened, as ISIC sections.
   *
   * (sensitivity P1; anonymisation KEEP; recommended; HTCDS vic_ForcedLabourIndustry)
   */
  sectors?: Sector[] | MissingValue;
  /**
   * Typologies: The financial typologies the case matches, so that banks can find cases like the ones they monitor for. Choose all that apply.
   *
   * (sensitivity P0; anonymisation KEEP; recommended)
   */
  typologies?: Typology[] | MissingValue;
  /**
   * Countries involved: Each country the case touched and what happened there: recruitment, transit, exploitation, where the proceeds came from or went to.
   *
   * (recommended)
   */
  countriesInvolved?: CountryInvolvement[];
  /**
   * Number of victims: How many people were exploited in this case, as a band.
   *
   * (sensitivity P2; anonymisation BAND; recommended)
   */
  victimCountBand?: CountBand | MissingValue;
  /**
   * Number of perpetrators: How many people exploited them or helped to, as a band.
   *
   * (sensitivity P2; anonymisation BAND; optional)
   */
  perpetratorCountBand?: CountBand | MissingValue;
  /**
   * Estimated proceeds: The best estimate of what the perpetrators earned from the exploitation in this case, before costs.
   *
   * (sensitivity P1; anonymisation BAND; optional)
   */
  estimatedProceeds?: MoneyOrMissing;
  /**
   * Summary: A short account of the case in your own words, with every name, place, date and number that could identify a person removed. It is dropped before sharing unless you mark it as redacted.
   *
   * (sensitivity P3; anonymisation FREE; optional)
   */
  narrativeSummary?: string;
  /**
   * Summary has been redacted: true once someone has checked the summary and removed everything that could identify a person. Required whenever there is a summary.
   *
   * (sensitivity P0; anonymisation KEEP; optional)
   */
  narrativeRedacted?: boolean;
  /**
   * Note on data quality: Anything a reader should know about the quality of the information: gaps, contradictions, whether an interpreter was used. No names or identifying details.
   *
   * (sensitivity P2; anonymisation FREE; optional)
   */
  dataQualityNote?: string;
  /**
   * Sharing and handling: Who may see this report and what they may do with it: the TLP marking, permitted purposes, onward sharing, legal basis.
   *
   * (required)
   */
  sharing: Sharing;
  /**
   * Consent: Whether and how the person agreed to their information being recorded and shared.
   *
   * (required)
   */
  consent: Consent;
  /**
   * Where the information comes from: The sources of the information in this report and how reliable they are.
   *
   * (required)
   */
  provenance: Provenance;
  /**
   * People: The people involved in the case, victims, perpetrators and others, each with a local identifier that the rest of the report can refer to.
   *
   * (recommended)
   */
  persons?: Person[];
  /**
   * Organisations: Businesses and other organisations involved in the case: employers, agencies, front businesses, payment providers.
   *
   * (optional)
   */
  organisations?: Organisation[];
  /**
   * Victim profiles: What happened to each victim: how they were recruited, how their money was controlled, how their identity and accounts were misused, what they lost and how they were penalised. One profile per victim, or per group of victims whose answers are all the same.
   *
   * (required)
   *
   * @minItems 1
   */
  victimProfiles: [VictimProfile, ...VictimProfile[]];
  /**
   * Debts: Each debt used to control a victim: where it came from, how big it was, who held it, how it was repaid.
   *
   * (optional)
   */
  debts?: Debt[];
  /**
   * Accounts and instruments: Bank accounts, wallets, cards and other financial instruments involved in the case.
   *
   * (recommended)
   */
  accounts?: Account[];
  /**
   * Transactions: Payments and transfers involved in the case, single ones or recurring flows summarised as one.
   *
   * (recommended)
   */
  transactions?: Transaction[];
  /**
   * Proceeds and laundering: How the perpetrators laundered the proceeds and what assets they held.
   *
   * (optional)
   */
  laundering?: Laundering;
  /**
   * Indicator catalogue version: The version of the HTFDS indicator catalogue the indicator identifiers below come from, for example 0.1.0. Required when indicators are given.
   *
   * (sensitivity P0; anonymisation KEEP; optional)
   */
  indicatorCatalogueVersion?: `${number}.${number}.${number}`;
  /**
   * Red-flag indicators: Red-flag indicators from the HTFDS catalogue that were observed, suspected, assessed as absent, or not assessed in this case.
   *
   * (recommended)
   */
  indicators?: IndicatorObservation[];
  /**
   * Outcomes: What happened as a result: reports to financial intelligence units, account actions, prosecutions, compensation, support.
   *
   * (optional)
   */
  outcomes?: Outcomes;
  /**
   * Forced criminality and scam compounds: Details for cases where victims were held in a compound and forced to run online scams or commit other crimes: the compound, where the scam money went, and the ransoms demanded. What each worker went through is in their victim profile.
   *
   * (optional)
   */
  scamCompound?: ScamCompound;
}
/**
 * Missing value: Use this instead of an answer when there is no answer, to say why. "Not asked" and "unknown" are different from "no": counting them as "no" would make the statistics wrong.
 */
export interface MissingValue {
  /**
   * Reason the answer is missing: Why there is no answer: it is unknown, the question was not asked, the person declined to answer, it does not apply, or it is withheld to keep someone safe.
   *
   * (sensitivity P0; anonymisation KEEP; required)
   */
  missing: MissingReason;
}
/**
 * Country involved: A country the case touched and the roles it played.
 */
export interface CountryInvolvement {
  /**
   * Country: The country.
   *
   * (sensitivity P2; anonymisation GEO; required; HTCDS hte_Country)
   */
  country: CountryCode;
  /**
   * Roles: What happened in this country. Choose all that apply.
   *
   * (sensitivity P2; anonymisation KEEP; required; HTCDS hte_Type)
   *
   * @minItems 1
   */
  roles: [CountryRole, ...CountryRole[]];
  /**
   * Region: The region, state or province within the country, as an ISO 3166-2 subdivision code, for example TH-50 for Chiang Mai. Give it where it matters for the money, such as the region cash was collected in.
   *
   * (sensitivity P2; anonymisation GEO; optional; HTCDS hte_State)
   */
  region?: string;
  /**
   * Town or city: The town or city, by name, for example Mae Sot. Give no street, building or postcode: the town is as precise as a report needs to be.
   *
   * (sensitivity P2; anonymisation GEO; optional; HTCDS hte_City)
   */
  city?: string;
}
/**
 * Amount of money: An amount with its currency, or a band when only a rough figure is known. Amounts recalled by a survivor ("about 300 a month") are welcome: mark them as estimates.
 */
export interface Money {
  /**
   * Amount: The amount in the currency given, as a number without thousands separators, for example 1250.50. Never negative: the direction of a payment is recorded elsewhere.
   *
   * (sensitivity P2; anonymisation BAND; recommended)
   */
  amount?: number;
  /**
   * Currency: The currency of the amount, as a three-letter ISO 4217 code such as USD, EUR or THB.
   *
   * (sensitivity P1; anonymisation KEEP; recommended)
   */
  currency?: CurrencyCode;
  /**
   * Amount band: The band the amount falls in, converted to US dollars at the date of the payment. Use it when only a rough figure is known, or instead of the exact amount when sharing.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  amountBand?: AmountBand;
  /**
   * Is an estimate: true when the amount is an estimate or a recollection rather than taken from a receipt, statement or record.
   *
   * (sensitivity P1; anonymisation KEEP; recommended)
   */
  isEstimate?: boolean;
  /**
   * Period: What the amount covers: one payment, a day, a week, a month, or a total over the whole period.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  period?: MoneyPeriod;
}
/**
 * Sharing and handling: How the report may be shared and used: its TLP marking, the purposes it may be used for, whether recipients may pass it on, the legal basis, and how it was anonymised.
 */
export interface Sharing {
  /**
   * TLP marking: The Traffic Light Protocol marking of the whole report, which tells recipients how far they may pass it on: from TLP:RED (named recipients only) to TLP:CLEAR (no limit). Choose the least open marking that still lets the recipients act.
   *
   * (sensitivity P0; anonymisation KEEP; required)
   */
  tlp: Tlp;
  /**
   * Stricter markings for parts of the report: A stricter TLP marking for single fields or parts of the report, for example wallet addresses at TLP:AMBER in a report marked TLP:GREEN. These markings may only be stricter than the marking of the whole report, never more open.
   *
   * (optional)
   */
  fieldLevelTlp?: FieldTlp[];
  /**
   * Permitted purposes: What recipients may use the report for. Choose every purpose that is allowed; any use not chosen here is not allowed.
   *
   * (sensitivity P0; anonymisation KEEP; required)
   *
   * @minItems 1
   */
  permittedPurposes: [PermittedPurpose, ...PermittedPurpose[]];
  /**
   * Onward sharing: Whether and how recipients may pass the report on to others.
   *
   * (sensitivity P0; anonymisation KEEP; required)
   */
  onwardSharing: OnwardSharing;
  /**
   * Legal basis for sharing: The legal ground on which the personal data in this report is processed and shared, for example consent, a legal obligation or a public task. Under EU and UK law these are the grounds of GDPR Article 6 or the Law Enforcement Directive.
   *
   * (sensitivity P1; anonymisation KEEP; recommended)
   */
  legalBasis?: LegalBasis | MissingValue;
  /**
   * Condition for sensitive data: The extra legal condition that allows sensitive data to be processed, such as details of sexual exploitation, health or crimes (GDPR Articles 9 and 10). Use the missing value "not applicable" when the report holds no such data.
   *
   * (sensitivity P1; anonymisation KEEP; recommended)
   */
  specialCategoryCondition?: SpecialCategoryCondition | MissingValue;
  /**
   * Law that allows the sharing: The law or agreement that allows this information to be shared, in words, for example "USA PATRIOT Act section 314(b)" or a national information-sharing provision. No names of people or case numbers.
   *
   * (sensitivity P2; anonymisation FREE; optional)
   */
  statutoryGateway?: string;
  /**
   * Handling code (3x5x2): The handling code of the UK 3x5x2 intelligence model: P when the report may be shared lawfully, C when it may be shared only under conditions, which then go in the handling conditions.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  handlingCode3x5x2?: HandlingCode3X5X2 | MissingValue;
  /**
   * Handling conditions: The conditions recipients must follow, in words, for example "do not contact the employer" or "ask before using in court". Required in practice when the handling code is C. No names or identifying details.
   *
   * (sensitivity P2; anonymisation FREE; optional)
   */
  handlingConditions?: string;
  /**
   * Keep until: The date by which recipients must delete the report or review whether they still need it.
   *
   * (sensitivity P0; anonymisation KEEP; recommended)
   */
  retentionUntil?: `${number}-${number}-${number}` | MissingValue;
  /**
   * Has been anonymised: true when the report has been anonymised or otherwise cleaned of identifying details before sharing; the methods used go in the anonymisation methods.
   *
   * (sensitivity P0; anonymisation KEEP; recommended)
   */
  sanitised?: Flag;
  /**
   * Anonymisation methods used: The anonymisation methods applied to this report before it was shared, for example banding amounts and coarsening dates.
   *
   * (sensitivity P0; anonymisation KEEP; optional)
   */
  sanitisationMethods?: AnonymisationMethod[] | MissingValue;
  /**
   * k-anonymity threshold: The k used for small-group suppression before release: any combination of shared details that fewer than k cases have in common was removed. For example 11, the value the Counter Trafficking Data Collaborative uses.
   *
   * (sensitivity P0; anonymisation KEEP; optional)
   */
  kAnonymityThreshold?: number | MissingValue;
}
/**
 * Stricter marking for part of the report: One part of the report and the stricter TLP marking that applies to it.
 */
export interface FieldTlp {
  /**
   * Part of the report: A JSON Pointer to the field or part of the report the marking applies to, for example /accounts/0 for the first account or /transactions/2/counterpartyWallet for one field of the third transaction.
   *
   * (sensitivity P0; anonymisation KEEP; required)
   */
  path: string;
  /**
   * TLP marking: The TLP marking of this part of the report. It must be stricter than the marking of the whole report.
   *
   * (sensitivity P0; anonymisation KEEP; required)
   */
  tlp: Tlp;
}
/**
 * Consent: Whether and how the person the report is mainly about agreed to their information being recorded and shared, and what they were told before agreeing. Where the report covers several victims with different answers, record the most restrictive.
 */
export interface Consent {
  /**
   * Consent status: Whether the person the report is mainly about agreed to their information being recorded and shared, refused, later withdrew, or was not asked because another legal basis applies or asking was not possible.
   *
   * (sensitivity P2; anonymisation KEEP; required; HTCDS con_Consent)
   */
  consentStatus: ConsentStatus | MissingValue;
  /**
   * What the consent covers: Who the person agreed their information may be shared with, and for what. Choose every option they agreed to; anything not chosen is not covered by their consent.
   *
   * (sensitivity P2; anonymisation KEEP; recommended; HTCDS con_Consent)
   */
  consentScope?: ConsentScope[] | MissingValue;
  /**
   * Date of consent decision: The date the current consent status was recorded: when consent was given, refused or withdrawn.
   *
   * (sensitivity P2; anonymisation DATE; recommended; HTCDS con_Consent)
   */
  consentDate?: `${number}-${number}-${number}` | MissingValue;
  /**
   * How consent was given: Whether the person gave consent in writing, by speaking, or electronically.
   *
   * (sensitivity P2; anonymisation KEEP; optional)
   */
  consentForm?: ConsentForm | MissingValue;
  /**
   * Agreed to the interview: true when the person agreed (or, for a child, assented) to be interviewed before the interview began.
   *
   * (sensitivity P2; anonymisation KEEP; optional; HTCDS con_Consent)
   */
  consentToInterview?: Flag;
  /**
   * Told the purpose: true when the person was told why they were being interviewed and why their information is collected.
   *
   * (sensitivity P2; anonymisation KEEP; optional; HTCDS con_Consent)
   */
  informedOfPurpose?: Flag;
  /**
   * Told how the data will be used: true when the person was told how their information will be used and could be used, including who it may be shared with.
   *
   * (sensitivity P2; anonymisation KEEP; optional; HTCDS con_Consent)
   */
  informedOfDataUse?: Flag;
  /**
   * Told about research use: true when the person was told that information that does not identify them may be used for research.
   *
   * (sensitivity P2; anonymisation KEEP; optional; HTCDS con_Consent)
   */
  informedOfResearchUse?: Flag;
  /**
   * Told of the right to see their data: true when the person was told they may ask at any time for the information held about them.
   *
   * (sensitivity P2; anonymisation KEEP; optional; HTCDS con_Consent)
   */
  informedOfAccessRight?: Flag;
  /**
   * Told how long the data is kept: true when the person was told how long their information will be kept.
   *
   * (sensitivity P2; anonymisation KEEP; optional; HTCDS con_Consent)
   */
  informedOfRetention?: Flag;
  /**
   * Told how to withdraw consent: true when the person was told how to withdraw their consent.
   *
   * (sensitivity P2; anonymisation KEEP; optional; HTCDS con_Consent)
   */
  informedOfWithdrawal?: Flag;
}
/**
 * Where the information comes from: The kinds of source the information in this report comes from and how reliable the source and the information are judged to be.
 */
export interface Provenance {
  /**
   * Sources of the information: Where the information in this report comes from. Choose every kind of source used.
   *
   * (sensitivity P1; anonymisation KEEP; required)
   */
  informationSources: InformationSource[] | MissingValue;
  /**
   * Source evaluation (3x5x2): How reliable the main source is, on the 3x5x2 scale used by UK police: 1 reliable, 2 untested, 3 not reliable.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  sourceEvaluation3x5x2?: SourceEvaluation3X5X2 | MissingValue;
  /**
   * Intelligence assessment (3x5x2): How the source came to know the information, on the 3x5x2 scale: from A, known to the source first-hand, to E, suspected to be false.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  intelligenceAssessment3x5x2?: IntelligenceAssessment3X5X2 | MissingValue;
  /**
   * Source reliability (Admiralty): How reliable the main source is, on the Admiralty (NATO) scale from A, completely reliable, to E, unreliable, or F when reliability cannot be judged. Use it when your partners grade with this scale rather than 3x5x2.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  admiraltySourceReliability?: AdmiraltySourceReliability | MissingValue;
  /**
   * Information credibility (Admiralty): How believable the information is, on the Admiralty (NATO) scale from 1, confirmed by other sources, to 5, improbable, or 6 when its truth cannot be judged.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  admiraltyInformationCredibility?: AdmiraltyInformationCredibility | MissingValue;
}
/**
 * Person: One person involved in the case: a victim, a perpetrator or anyone else. The name, date of birth and identifiers in clear are for your internal records only and are removed or hashed before sharing. There are deliberately no fields for postal addresses, places or map coordinates: record countries only.
 */
export interface Person {
  /**
   * Local identifier: A made-up identifier for this person, unique within the report (for example P1), that other parts of the report use to point to them. Never use a name, case number or document number.
   *
   * (sensitivity P2; anonymisation PSEUDO; required)
   */
  id: LocalId;
  /**
   * Role in the case: The part this person played in the case. Use victimAndPerpetrator for someone who was exploited and was also made to commit offences or recruit others, for example a victim forced to scam people.
   *
   * (sensitivity P3; anonymisation KEEP; required)
   */
  personRole: PersonRole | MissingValue;
  /**
   * Roles in the trafficking process: Everything this person did, or what was done to them, in the trafficking process and in handling its money. Choose all that apply, for example RecruiterOrIntermediary and DebtHolder.
   *
   * (sensitivity P3; anonymisation KEEP; recommended; HTCDS per_RoleInProcess)
   */
  roleInProcess?: RoleInProcess[] | MissingValue;
  /**
   * Full name: The person's name as your organisation records it, for your internal records only. It is a direct identifier: the anonymiser removes it before anything is shared.
   *
   * (sensitivity P4; anonymisation DROP; optional)
   */
  fullName?: string;
  /**
   * Date of birth: The date of birth as YYYY-MM-DD, for your internal records only. It is a direct identifier: the anonymiser replaces it with the age band and never shares the date.
   *
   * (sensitivity P4; anonymisation BAND; optional; HTCDS prs_Birthdate)
   */
  dateOfBirth?: `${number}-${number}-${number}` | MissingValue;
  /**
   * Age band: The person's age, in years, when the case was recorded, as one of the age bands the Counter Trafficking Data Collaborative uses, so that figures can be compared across datasets. Give the band even when you hold the date of birth.
   *
   * (sensitivity P2; anonymisation KEEP; recommended)
   */
  ageBand?: AgeBand | MissingValue;
  /**
   * Child when the case was recorded: true if the person was under 18 when the case was recorded, false if 18 or over. Use it when the exact age band is not known.
   *
   * (sensitivity P2; anonymisation KEEP; optional)
   */
  minorWhenRecorded?: Flag;
  /**
   * Child when the exploitation began: true if the person was under 18 when they were first trafficked or exploited, false if they were 18 or over. This matters for the law even when the person is an adult now.
   *
   * (sensitivity P2; anonymisation KEEP; recommended; HTCDS vic_AgeWhenTrafficked)
   */
  minorAtStartOfExploitation?: Flag;
  /**
   * Gender: The person's gender as they describe it. If it is not known or not stated, give a missing value instead.
   *
   * (sensitivity P2; anonymisation KEEP; recommended; HTCDS prs_Gender)
   */
  gender?: Gender | MissingValue;
  /**
   * Citizenship: Every country the person is a citizen of, as two-letter country codes. Leave the list empty for a stateless person and record the statelessness under international protection status.
   *
   * (sensitivity P2; anonymisation GEO; recommended; HTCDS prs_Citizenship)
   */
  citizenship?: CountryCode[] | MissingValue;
  /**
   * Country of residence: The country where the person usually lives now, as a two-letter country code. Record the country only: no addresses or places.
   *
   * (sensitivity P2; anonymisation GEO; optional)
   */
  countryOfResidence?: CountryCode | MissingValue;
  /**
   * Type of migrant: If the person is a migrant, the kind of permission or purpose with which they came to the country where they are now.
   *
   * (sensitivity P2; anonymisation KEEP; optional)
   */
  migrantType?: MigrantType | MissingValue;
  /**
   * International protection status: Whether the person is seeking or has international protection, or is stateless. Choose all that apply, for example a stateless refugee.
   *
   * (sensitivity P3; anonymisation KEEP; optional)
   */
  internationalProtectionStatus?: InternationalProtectionStatus[] | MissingValue;
  /**
   * Other migration situations: Other situations of displacement or migration that apply to the person, for example a stranded migrant or a separated child. Choose all that apply.
   *
   * (sensitivity P3; anonymisation KEEP; optional)
   */
  otherMigrationStatus?: OtherMigrationStatus[] | MissingValue;
  /**
   * Relationship to the trafficker: How the victim knew the main trafficker before the trafficking began. Choose the most specific answer: an employer who was also a neighbour is Employer.
   *
   * (sensitivity P3; anonymisation KEEP; recommended; HTCDS vic_RelationshipToTrafficker)
   */
  relationshipToTrafficker?: RelationshipToTrafficker | MissingValue;
  /**
   * Highest level of education: The highest level of education the person has completed. Scam compounds often target people with more education, so this helps show patterns of recruitment.
   *
   * (sensitivity P2; anonymisation KEEP; optional; HTCDS prs_HighestLevelOfEducation)
   */
  highestEducationLevel?: HighestEducationLevel | MissingValue;
  /**
   * Occupation given to the bank: The occupation the person gave to a bank or payment provider when the account was opened, as a broad group. A mismatch with the money going through the account (a student receiving many payments from strangers) is a warning sign.
   *
   * (sensitivity P2; anonymisation KEEP; optional)
   */
  occupationDeclaredToFI?: OccupationGroup | MissingValue;
  /**
   * Identifiers: Phone numbers, e-mail addresses, document numbers, online handles and similar identifiers of the person. Each can be kept in clear for your own records and as a keyed hash for sharing, so that other members of a sharing group can find the same number without seeing it.
   *
   * (optional)
   */
  identifiers?: PersonIdentifier[];
  /**
   * Identifier also used in adverts: true if one of the person's phone numbers, e-mail addresses or handles also appears in adverts for commercial sex or in job adverts, for example as the contact number of several escort adverts.
   *
   * (sensitivity P3; anonymisation KEEP; optional)
   */
  sharedIdentifierWithAds?: Flag;
  /**
   * Criminal justice status: Where the person stands with the police and courts in relation to this case, usually for perpetrators. Give the latest stage reached.
   *
   * (sensitivity P3; anonymisation KEEP; optional)
   */
  criminalJusticeStatus?: CriminalJusticeStatus | MissingValue;
  /**
   * On a sanctions list: true if the person is on a government sanctions list, for example because they run a scam compound, false if they have been checked and are not.
   *
   * (sensitivity P2; anonymisation KEEP; optional)
   */
  sanctionsDesignated?: Flag;
  /**
   * Sanctions designations: Each sanctions listing of the person that is known, with who listed them, under which programme and list, when, and whether it still stands. Keep the yes/no answer above as the summary.
   *
   * (optional)
   */
  sanctions?: SanctionsDesignation[];
  /**
   * Forced to commit offences: true if the person was made to commit offences as part of being trafficked, such as lending their bank account, moving money or scamming others. Such victims should not be punished for those offences: flag them so that others treat them as victims.
   *
   * (sensitivity P3; anonymisation KEEP; optional)
   */
  nonPunishmentFlag?: Flag;
  /**
   * Main language: The language the person speaks best, as a two-letter ISO 639-1 code (for example th for Thai, tl for Tagalog), or a three-letter ISO 639-3 code for a language that has no two-letter code. A bank can use it to notice that someone else always speaks or acts for the customer.
   *
   * (sensitivity P2; anonymisation KEEP; optional; HTCDS prs_PrimaryLanguage)
   */
  primaryLanguage?: string | MissingValue;
  /**
   * Number of children: How many children the person has, counting those who depend on them. Children at home are a common reason for sending money home and a lever traffickers use to control a victim.
   *
   * (sensitivity P2; anonymisation KEEP; optional; HTCDS prs_NumberOfChildren)
   */
  numberOfChildren?: number | MissingValue;
  /**
   * Age band when first trafficked: How old the person was when they were first trafficked or exploited, as an age band rather than an exact age, so that it can be shared without singling the person out. Fill in 'Child when the exploitation began' as well.
   *
   * (sensitivity P2; anonymisation KEEP; optional; HTCDS vic_AgeWhenTrafficked)
   */
  ageBandWhenTrafficked?: AgeBand | MissingValue;
  /**
   * Contact details on file: Which kinds of contact detail or identity number your organisation holds for this person, without the details themselves. To let others match a phone number, e-mail address or identity number, add it under identifiers, where it is shared only as a keyed hash.
   *
   * (sensitivity P2; anonymisation KEEP; optional)
   */
  contactDetailsHeld?: ContactDetailType[] | MissingValue;
  /**
   * Organisations the person acts for: The organisations listed in this report that the person works for, runs or acts on behalf of in the case, such as the agency a recruiter works for. Give their local identifiers. For owners and controllers, use the organisation's list of real owners as well.
   *
   * (sensitivity P3; anonymisation PSEUDO; optional; HTCDS per_Organisation)
   */
  organisationRefs?: LocalRef[];
}
/**
 * Identifier of a person: One phone number, e-mail address, document number, handle or similar identifier of a person. Give the identifier in clear, its keyed hash, or both; a keyed hash needs the name of the key that made it.
 */
export interface PersonIdentifier {
  /**
   * Local identifier: A made-up identifier for this identifier entry, unique within the report (for example P1-ID1).
   *
   * (sensitivity P2; anonymisation PSEUDO; required)
   */
  id: LocalId;
  /**
   * Type of identifier: What kind of identifier this is: a phone number, an e-mail address, a passport number and so on.
   *
   * (sensitivity P1; anonymisation KEEP; required)
   */
  type: IdentifierType | MissingValue;
  /**
   * App or website: For an online or messaging handle: the app or website it belongs to, for example WhatsApp or Facebook.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  platform?: Platform | MissingValue;
  /**
   * Identifier in clear: The identifier as written, for example +66812345678, for your internal records only. It is a direct identifier: the anonymiser turns it into the keyed hash and removes it before sharing.
   *
   * (sensitivity P4; anonymisation HMAC; optional)
   */
  value?: string;
  /**
   * Keyed hash of the identifier: The keyed hash of the identifier, made with the sharing group's key after normalising it the way the group agreed: phone numbers in international form (+ and digits only), e-mail addresses and handles in lower case without a leading @, document numbers in upper case without spaces or dashes.
   *
   * (sensitivity P2; anonymisation HMAC; recommended)
   */
  valueHmac?: Hmac;
  /**
   * Hash key identifier: The name of the sharing-group key used to make the keyed hash, so that members know which key to hash their own data with. It is the key's name, never the key itself.
   *
   * (sensitivity P1; anonymisation KEEP; recommended)
   */
  keyId?: string;
}
/**
 * Sanctions designation: One listing of a person or organisation under a sanctions programme, or one United States section 311 finding against an institution.
 */
export interface SanctionsDesignation {
  /**
   * Local identifier: A made-up identifier for this designation, unique in this report, for example SD-1.
   *
   * (sensitivity P2; anonymisation PSEUDO; required)
   */
  id: LocalId;
  /**
   * Who listed it: The government or body that made the designation or finding.
   *
   * (sensitivity P2; anonymisation KEEP; required)
   */
  authority: SanctionsAuthority;
  /**
   * Programme or regime: The sanctions programme or regime the designation was made under, as the authority names it, for example TCO, CYBER2 or GLOMAG for the United States, or the global human rights regime of the United Kingdom. No names of people.
   *
   * (sensitivity P2; anonymisation FREE; recommended)
   */
  programme?: string;
  /**
   * List: The list the entry appears on, as the authority names it, for example the Specially Designated Nationals and Blocked Persons List or the UK sanctions list.
   *
   * (sensitivity P2; anonymisation FREE; optional)
   */
  listName?: string;
  /**
   * Where it stands: Whether the designation is in force, only proposed (for example a section 311 finding published as a proposed rule) or has been lifted.
   *
   * (sensitivity P2; anonymisation KEEP; recommended)
   */
  status?: SanctionsDesignationStatus | MissingValue;
  /**
   * Date of the designation: The date the designation or finding was published, written YYYY-MM-DD.
   *
   * (sensitivity P2; anonymisation DATE; recommended)
   */
  designationDate?: `${number}-${number}-${number}` | MissingValue;
  /**
   * Date it was lifted: If the designation was lifted: the date, written YYYY-MM-DD.
   *
   * (sensitivity P2; anonymisation DATE; optional)
   */
  delistingDate?: `${number}-${number}-${number}` | MissingValue;
}
/**
 * Organisation: A business or other organisation involved in the case, such as an employer, recruitment agency, front business or payment provider. Its name and registration number in clear are removed or hashed before sharing.
 */
export interface Organisation {
  /**
   * Local identifier: A made-up identifier for this organisation, unique within the report (for example ORG1), that other parts of the report use to point to it. Never use its name or registration number.
   *
   * (sensitivity P2; anonymisation PSEUDO; required)
   */
  id: LocalId;
  /**
   * Roles in the case: Every part this organisation played in the case, for example both employer and accommodation provider. Whether it was a front business is recorded separately under isFrontBusiness.
   *
   * (sensitivity P1; anonymisation KEEP; required)
   */
  orgRoleInCase: OrgRoleInCase[] | MissingValue;
  /**
   * Front business: true if the business was used to mix money from the exploitation with its real takings, or to give the crime a legitimate face, for example a massage parlour that was really a brothel. false if there is no sign of this.
   *
   * (sensitivity P1; anonymisation KEEP; recommended)
   */
  isFrontBusiness?: Flag;
  /**
   * Kind of front business: If the organisation was a front business: what kind of business it presented itself as.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  frontBusinessType?: FrontBusinessType | MissingValue;
  /**
   * Economic sector: The main line of business of the organisation, as a section of the UN industry classification, for example construction or accommodation and food services.
   *
   * (sensitivity P1; anonymisation KEEP; recommended; HTCDS vic_ForcedLabourIndustry)
   */
  sector?: Sector | MissingValue;
  /**
   * Country of registration: The country where the organisation is registered or incorporated, as a two-letter country code. For an unregistered business, the country where it operates.
   *
   * (sensitivity P1; anonymisation KEEP; recommended)
   */
  countryOfRegistration?: CountryCode | MissingValue;
  /**
   * Legal form: What kind of legal body the organisation is, for example a private company or a sole trader. For a sole trader the organisation is a person: its details are personal data.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  legalForm?: LegalForm | MissingValue;
  /**
   * Name: The registered or trading name of the organisation. Take care: the name of a sole trader or small family business is often the owner's own name, and is then personal data that identifies them. The anonymiser removes the name before sharing beyond a closed group.
   *
   * (sensitivity P1; anonymisation DROP; optional)
   */
  name?: string;
  /**
   * Registration number: The company or business registration number as the registry writes it, for your internal records. The anonymiser replaces it with the keyed hash before sharing.
   *
   * (sensitivity P1; anonymisation HMAC; optional)
   */
  registrationNumber?: string;
  /**
   * Keyed hash of the registration number: The keyed hash of the registration number, made with the sharing group's key after writing the number in upper case without spaces or punctuation, so that members can match the same company without seeing the number.
   *
   * (sensitivity P1; anonymisation HMAC; optional)
   */
  registrationNumberHmac?: Hmac;
  /**
   * Hash key identifier: The name of the sharing-group key used to make the keyed hash of the registration number. It is the key's name, never the key itself.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  registrationNumberKeyId?: string;
  /**
   * Recruiter licence: For recruitment, placement and labour-hire agencies: whether the agency held the licence the law requires. If the country does not license recruiters, give the missing value notApplicable.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  licensedRecruiter?: RecruiterLicenceStatus | MissingValue;
  /**
   * Number of workers declared: How many workers the organisation says it employs, for example in its registration, tax or account-opening papers, as a band.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  declaredWorkforceBand?: CountBand | MissingValue;
  /**
   * Number of workers seen: How many workers were actually seen working for the organisation or were known to work there, as a band. Many more workers than declared, or than the payroll pays, is a warning sign.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  observedWorkerBand?: CountBand | MissingValue;
  /**
   * Payroll seen in the accounts: How the wage payments seen in the organisation's accounts compare with the number of workers it has: no payroll at all, far less or less than expected, or about as expected.
   *
   * (sensitivity P1; anonymisation KEEP; recommended)
   */
  payrollObserved?: PayrollObservation | MissingValue;
  /**
   * Workers' accounts at the business's address: true if many workers' bank or payment accounts give the address of the employer or agency, or one shared address, as their home address.
   *
   * (sensitivity P2; anonymisation KEEP; optional)
   */
  workersSharedAddress?: Flag;
  /**
   * Mainly cash business: true if the business takes most of its money in cash, which makes it easy to mix in money from the exploitation.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  cashIntensive?: Flag;
  /**
   * @deprecated
   * Real owners and controllers: The people listed in this report who really own or control the organisation, whether or not they appear in its official papers, such as the person behind a nominee director. Give their local identifiers.
   *
   * (sensitivity P3; anonymisation PSEUDO; optional)
   *
   * Deprecated since 0.2.0: Give each owner or controller, with the nature and size of the interest, under ownership or control.
   */
  beneficialOwnerRefs?: LocalRef[];
  /**
   * Ownership and control: Each interest that a person or organisation in this report holds in this organisation, on paper or in fact: shares, voting rights, control of the board, control through a nominee. One item per holder and kind of holding.
   *
   * (optional)
   */
  ownership?: OwnershipOrControl[];
  /**
   * On a sanctions list: true if the organisation is on a government sanctions list, or is the subject of a United States section 311 finding, false if it has been checked and is not.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  sanctionsDesignated?: Flag;
  /**
   * Sanctions designations: Each sanctions listing of the organisation, or section 311 finding against it, that is known, with who made it, under which programme and list, when, and whether it still stands.
   *
   * (optional)
   */
  sanctions?: SanctionsDesignation[];
}
/**
 * Ownership or control: One person's or organisation's interest in an organisation, shaped after a Beneficial Ownership Data Standard statement: who holds it, what kind of interest it is, how large, whether it is held for someone else, and when.
 */
export interface OwnershipOrControl {
  /**
   * Local identifier: A made-up identifier for this interest, unique in this report, for example OC-1.
   *
   * (sensitivity P2; anonymisation PSEUDO; required)
   */
  id: LocalId;
  /**
   * Who holds the interest: The person or organisation in this report that owns or controls the organisation. Give their local identifier.
   *
   * (sensitivity P3; anonymisation PSEUDO; recommended)
   */
  interestedPartyRef?: LocalRef;
  /**
   * Nature of the ownership or control: How the interest is held, for example shares, voting rights, the right to appoint the board, or control without any formal title. Choose all that apply.
   *
   * (sensitivity P3; anonymisation KEEP; recommended)
   */
  interestTypes?: InterestType[] | MissingValue;
  /**
   * Direct or through others: Whether the interest is held directly, or through other companies, trusts or people.
   *
   * (sensitivity P3; anonymisation KEEP; optional)
   */
  directOrIndirect?: DirectOrIndirect | MissingValue;
  /**
   * Share, at least: The lowest the share of the interest could be, as a percentage from 0 to 100. Give the same figure as the maximum when the share is known exactly, or a range when only a band is known, for example 25 to 50.
   *
   * (sensitivity P3; anonymisation KEEP; optional)
   */
  shareMinimum?: number | MissingValue;
  /**
   * Share, at most: The highest the share of the interest could be, as a percentage from 0 to 100.
   *
   * (sensitivity P3; anonymisation KEEP; optional)
   */
  shareMaximum?: number | MissingValue;
  /**
   * Held as a nominee: true if the holder holds the interest on behalf of someone else, for example a nominee director or shareholder fronting for the real controller, false if they hold it for themselves.
   *
   * (sensitivity P3; anonymisation KEEP; recommended)
   */
  isNominee?: Flag;
  /**
   * On behalf of: For an interest held as a nominee: the person or organisation in this report it is held for, if known. Give their local identifier.
   *
   * (sensitivity P3; anonymisation PSEUDO; optional)
   */
  nominatorRef?: LocalRef;
  /**
   * Beneficial ownership or control: true if the interest makes the holder a beneficial owner or controller, that is, the natural person who in the end owns or controls the organisation, whatever its papers say.
   *
   * (sensitivity P3; anonymisation KEEP; optional)
   */
  isBeneficialOwnershipOrControl?: Flag;
  /**
   * From: The month the interest began, written YYYY-MM.
   *
   * (sensitivity P3; anonymisation DATE; optional)
   */
  interestStart?: YearMonth | MissingValue;
  /**
   * Until: The month the interest ended, if it has, written YYYY-MM.
   *
   * (sensitivity P3; anonymisation DATE; optional)
   */
  interestEnd?: YearMonth | MissingValue;
}
/**
 * VictimProfile: What happened to one victim, or to several victims whose answers are the same: how they were recruited, how their money was controlled, how their identity and accounts were misused, what they lost and how they were penalised.
 */
export interface VictimProfile {
  /**
   * Local identifier: A made-up identifier for this profile, unique within the report (for example VP1), that other parts of the report use to point to it.
   *
   * (sensitivity P2; anonymisation PSEUDO; required)
   */
  id: LocalId;
  /**
   * Victims described: The victims in this report that this profile describes: one, or several whose answers are all the same (for example crew members recruited and paid alike). Give a victim whose answers differ a profile of their own. Leave it out when the victims are not listed among the people.
   *
   * (sensitivity P2; anonymisation PSEUDO; recommended)
   */
  personRefs?: LocalRef[];
  /**
   * Recruitment: How this victim was recruited and what they were charged or promised.
   *
   * (recommended)
   */
  recruitment?: Recruitment;
  /**
   * Control of the victim's finances: How the perpetrators controlled this victim's money: earnings, wages, bank accounts, documents.
   *
   * (required)
   */
  financialControl: FinancialControl;
  /**
   * Misuse of the victim's identity and accounts: How this victim, their identity or their accounts were used to hold or move money.
   *
   * (required)
   */
  victimFinancialMisuse: VictimFinancialMisuse;
  /**
   * Work in a scam compound: For a victim held in a scam compound: the job they were promised, the route there, what they were made to do and how often they were sold on.
   *
   * (optional)
   */
  scamCompoundWork?: ScamCompoundWork;
  /**
   * What the victim lost: What this victim is owed or paid out: the figures a claim for back pay, compensation or restitution starts from.
   *
   * (recommended)
   */
  losses?: SurvivorLosses;
  /**
   * Penalties the victim suffered: Whether this victim was arrested, charged, convicted or fined, had accounts closed, or was marked in a fraud database because of what they were made to do.
   *
   * (optional)
   */
  penalties?: PenaltiesSuffered;
}
/**
 * Recruitment: How the victim was recruited, what they were promised, what they were charged and how they paid, and what was taken from their wages.
 */
export interface Recruitment {
  /**
   * Methods of recruitment: How the victim first came into contact with the recruiter. Choose all that apply.
   *
   * (sensitivity P2; anonymisation KEEP; recommended; HTCDS vic_MethodOfRecruitment)
   */
  recruitmentMethods?: RecruitmentMethod[] | MissingValue;
  /**
   * Websites and apps used to recruit: Websites and apps the recruiter used to find or contact the victim. Choose all that apply.
   *
   * (sensitivity P2; anonymisation KEEP; optional; HTCDS vic_RecruitmentWebsitesAndApps)
   */
  recruitmentPlatforms?: Platform[] | MissingValue;
  /**
   * False promises made: true if the victim was lied to or misled about the job, the pay, the conditions, the place or the costs in order to recruit or keep them.
   *
   * (sensitivity P3; anonymisation KEEP; recommended; HTCDS vic_MethodsOfControl:FalsePromises)
   */
  falsePromisesMade?: Flag;
  /**
   * Promised pay: The pay the victim was promised, preferably per month (set the period). Comparing it with actual pay shows how far the victim was deceived, and helps a bank see whether account activity fits the customer.
   *
   * (sensitivity P2; anonymisation BAND; recommended)
   */
  promisedPay?: MoneyOrMissing;
  /**
   * Actual pay: The pay the victim actually received in their own hands, after all deductions, preferably per month (set the period). Record an amount of 0 if nothing was received.
   *
   * (sensitivity P2; anonymisation BAND; recommended)
   */
  actualPay?: MoneyOrMissing;
  /**
   * Contract replaced: true if, on arrival or after starting work, the victim was made to accept a different contract or worse terms than those agreed at recruitment.
   *
   * (sensitivity P2; anonymisation KEEP; optional)
   */
  contractSubstitution?: Flag;
  /**
   * Recruitment fee charged: true if the victim or their family was charged a fee for getting the job. Under ILO guidance workers should never pay recruitment fees.
   *
   * (sensitivity P2; anonymisation KEEP; recommended)
   */
  recruitmentFeeCharged?: Flag;
  /**
   * Recruitment fee: The total recruitment fee paid or owed by the victim or their family, whether paid at once, in instalments or through wage deductions.
   *
   * (sensitivity P2; anonymisation BAND; recommended)
   */
  recruitmentFee?: MoneyOrMissing;
  /**
   * Recruitment fee paid to: Who received the recruitment fee, or most of it.
   *
   * (sensitivity P2; anonymisation KEEP; optional)
   */
  recruitmentFeePaidTo?: RecruitmentFeePayee | MissingValue;
  /**
   * How the recruitment fee was paid: How the recruitment fee was paid, for example in cash, by bank transfer or by money transfer service.
   *
   * (sensitivity P2; anonymisation KEEP; optional)
   */
  recruitmentFeePaymentMethod?: PaymentMethod | MissingValue;
  /**
   * Related costs charged: Costs linked to recruitment, other than the fee itself, that the victim or their family had to pay. Choose all that apply; an empty list means none were charged.
   *
   * (sensitivity P2; anonymisation KEEP; optional)
   */
  relatedCostsCharged?: RelatedCost[] | MissingValue;
  /**
   * How the fee and costs were paid for: Where the money for the recruitment fee and related costs came from. Choose all that apply.
   *
   * (sensitivity P2; anonymisation KEEP; optional)
   */
  feeFinancedBy?: FeeFinancingSource[] | MissingValue;
  /**
   * Who paid for the travel: Who paid for the victim's journey to the place of exploitation, or most of it.
   *
   * (sensitivity P2; anonymisation KEEP; optional)
   */
  travelPaidBy?: TravelPayer | MissingValue;
  /**
   * Wage deductions: What was taken out of the victim's pay before they received it. Choose all that apply; an empty list means there were no deductions.
   *
   * (sensitivity P2; anonymisation KEEP; recommended)
   */
  wageDeductions?: WageDeduction[] | MissingValue;
  /**
   * Share of wages deducted: Roughly how much of the gross wage was taken in deductions. A large share, especially for housing and food, is a known sign of forced labour.
   *
   * (sensitivity P2; anonymisation KEEP; recommended)
   */
  deductionShareBand?: DeductionShareBand | MissingValue;
  /**
   * Ransom demanded: true if money was demanded, from the victim or their family, for the victim's release. Give the demand and the payments under the scam compound's ransoms.
   *
   * (sensitivity P3; anonymisation KEEP; optional)
   */
  ransomDemanded?: Flag;
}
/**
 * FinancialControl: How the perpetrators controlled the victim's money: earnings, wages, bank accounts, identity documents, sending money home, fines and forced purchases, and the other means of control used alongside.
 */
export interface FinancialControl {
  /**
   * @deprecated
   * Victims described: Version 0.1.0's way of saying which victims these answers describe. Use the victim profile's victims instead.
   *
   * (sensitivity P2; anonymisation PSEUDO; optional)
   *
   * Deprecated since 0.2.0: each victim profile names the victims it describes; give victims whose answers differ a profile each.
   */
  appliesToPersonRefs?: LocalRef[];
  /**
   * Debt bondage: true if the victim was held in debt bondage: they, or someone they are responsible for, had to work to pay off a debt, and the work was not fairly counted against the debt, or how long and what kind of work was never limited or made clear. Record the debts themselves in the list of debts.
   *
   * (sensitivity P3; anonymisation KEEP; required; HTCDS vic_MethodsOfControl:DebtBondage)
   */
  debtBondage: Flag;
  /**
   * Earnings taken: true if someone took all or part of what the victim earned, whether wages, tips or money from clients.
   *
   * (sensitivity P3; anonymisation KEEP; required; HTCDS vic_MethodsOfControl:TakesEarnings)
   */
  takesEarnings: Flag;
  /**
   * Access to money restricted: true if someone stopped the victim from using their own money, for example by controlling their bank account or cards, or by taking their savings.
   *
   * (sensitivity P3; anonymisation KEEP; required; HTCDS vic_MethodsOfControl:RestrictsFinancialAccess)
   */
  restrictsFinancialAccess: Flag;
  /**
   * Documents withheld: true if someone kept the victim's passport, identity card, work permit or other documents against their will. Without them the victim also cannot open or use a bank account.
   *
   * (sensitivity P3; anonymisation KEEP; required; HTCDS vic_MethodsOfControl:WithholdsDocuments)
   */
  withholdsDocuments: Flag;
  /**
   * Who held the documents: Everyone who kept the victim's documents, for example the captain and the agency. Choose all that apply.
   *
   * (sensitivity P2; anonymisation KEEP; optional)
   */
  documentsHeldBy?: DocumentsHolder[] | MissingValue;
  /**
   * Holders of the documents in this report: The people or organisations in this report who kept the victim's documents.
   *
   * (sensitivity P2; anonymisation PSEUDO; optional)
   */
  documentsHeldByRefs?: LocalRef[];
  /**
   * Account controlled by someone else: true if someone other than the victim controlled a bank, mobile money or other account held in the victim's name.
   *
   * (sensitivity P3; anonymisation KEEP; required)
   */
  accountControlledByOther: Flag;
  /**
   * How the account was controlled: How someone else controlled the victim's account. Choose all that apply.
   *
   * (sensitivity P3; anonymisation KEEP; recommended)
   */
  accountControlMethods?: AccountControlMethod[] | MissingValue;
  /**
   * How the account was opened: Who opened the victim's account and how freely the victim took part. If there were several accounts, answer for the main one and record the others in the list of accounts.
   *
   * (sensitivity P2; anonymisation KEEP; recommended)
   */
  accountOpenedBy?: AccountOpenedBy | MissingValue;
  /**
   * Victim could use their own money: true if the victim could use their own money or account when they wanted, without anyone else's permission or presence.
   *
   * (sensitivity P2; anonymisation KEEP; recommended)
   */
  victimHadIndependentAccess?: Flag;
  /**
   * Wages paid: How far the victim was actually paid the wages due to them.
   *
   * (sensitivity P2; anonymisation KEEP; recommended)
   */
  wagesPaid?: WagesPaid | MissingValue;
  /**
   * How long wages were withheld: For how long wages were not paid or were kept back, as a band.
   *
   * (sensitivity P2; anonymisation KEEP; optional)
   */
  wagesWithheldDuration?: DurationBand | MissingValue;
  /**
   * How wages were paid: The main way the wages were paid, for example in cash, by bank transfer, on a payroll card or in kind. Record who received them under who received the wages.
   *
   * (sensitivity P2; anonymisation KEEP; recommended)
   */
  wagePaymentMethod?: PaymentMethod | MissingValue;
  /**
   * Who received the wages: Who the wages were actually paid to. If they went to anyone but the victim, that is a strong sign of financial control.
   *
   * (sensitivity P2; anonymisation KEEP; recommended)
   */
  wageRecipient?: WageRecipient | MissingValue;
  /**
   * Sending money home: Whether and how freely the victim could send money to their family.
   *
   * (sensitivity P2; anonymisation KEEP; optional)
   */
  remittancesToFamily?: RemittanceControl | MissingValue;
  /**
   * How money was sent home: How money was sent to the victim's family, for example through a money transfer service, mobile money or a bank transfer.
   *
   * (sensitivity P2; anonymisation KEEP; optional)
   */
  remittanceChannel?: PaymentMethod | MissingValue;
  /**
   * Fines imposed: true if the victim was fined, for example for missing targets, mistakes or breaking rules.
   *
   * (sensitivity P2; anonymisation KEEP; optional)
   */
  finesImposed?: Flag;
  /**
   * Fines: How much the victim was fined, in total or per month (set the period).
   *
   * (sensitivity P2; anonymisation BAND; optional)
   */
  fines?: MoneyOrMissing;
  /**
   * Forced purchases: true if the victim had to buy food, goods or services from the employer or controller, often at inflated prices.
   *
   * (sensitivity P2; anonymisation KEEP; optional)
   */
  forcedPurchases?: Flag;
  /**
   * Had a bank account before: true if the victim had an account of their own with a bank or other financial provider before the exploitation began. It shows what support they may need to regain access to banking.
   *
   * (sensitivity P2; anonymisation KEEP; optional)
   */
  victimBankedBeforeExploitation?: Flag;
  /**
   * Other methods of control: The non-financial means used to control the victim, such as threats, violence or confinement. Choose all that apply.
   *
   * (sensitivity P3; anonymisation KEEP; recommended; HTCDS vic_MethodsOfControl)
   */
  otherMethodsOfControl?: NonFinancialMethodOfControl[] | MissingValue;
}
/**
 * Misuse of the victim's identity and accounts: How the traffickers used the victim, their accounts or their identity to move, hide or raise money: as a money mule, through accounts, credit, companies or other things put in the victim's name.
 */
export interface VictimFinancialMisuse {
  /**
   * Used as a money mule: Whether the victim was made to move money for the traffickers or others: letting their account receive and pass on funds, withdrawing or depositing cash, sending transfers or buying crypto for someone else. Answer yes even if the victim did not know what the money was.
   *
   * (sensitivity P3; anonymisation KEEP; required)
   */
  usedAsMoneyMule: Flag;
  /**
   * How aware the victim was of the money moving: How far the victim knew their account or identity was being used to move money, and whether they acted of their own will. Choose the closest. Whatever the answer, a trafficked person used as a mule remains a victim.
   *
   * (sensitivity P3; anonymisation KEEP; recommended)
   */
  muleAwareness?: MuleAwareness | MissingValue;
  /**
   * Transactions the victim was made to carry out: Every kind of transaction the victim had to carry out, or let happen through their account, for the traffickers. Record the transactions themselves under transactions when details are known. An empty list means none.
   *
   * (sensitivity P3; anonymisation KEEP; recommended)
   */
  transactionsForcedToConduct?: ForcedTransactionType[] | MissingValue;
  /**
   * Accounts opened in the victim's name: Roughly how many accounts, wallets or cards were opened in the victim's name and then used by others, counting bank, payment, mobile-money and crypto-exchange accounts. Give "0" if none were. List each known account under accounts, with the victim as holder.
   *
   * (sensitivity P3; anonymisation KEEP; recommended)
   */
  accountsOpenedInVictimNameBand?: AccountCountBand | MissingValue;
  /**
   * How those accounts were opened: How the accounts in the victim's name came to be opened, for example by the victim while escorted by someone else, or by an employer opening accounts for many workers at once. Choose every way that applies when there were several accounts.
   *
   * (sensitivity P3; anonymisation KEEP; optional)
   */
  accountsOpenedInVictimNameBy?: AccountOpenedBy[] | MissingValue;
  /**
   * Credit taken out in the victim's name: Every kind of loan, credit or contract that others took out in the victim's name or made the victim take out for them. An empty list means none was taken out; use a missing value if you do not know.
   *
   * (sensitivity P3; anonymisation KEEP; recommended)
   */
  creditInVictimName?: CreditProduct[] | MissingValue;
  /**
   * Amount owed on that credit: How much is still owed on the credit taken out in the victim's name, in total. A rough figure is fine: mark it as an estimate.
   *
   * (sensitivity P3; anonymisation BAND; optional)
   */
  creditInVictimNameAmount?: MoneyOrMissing;
  /**
   * Benefits or tax fraud in the victim's name: Whether others used the victim's identity to claim state benefits, tax refunds or similar payments, or to file false tax or payroll returns, and kept the money.
   *
   * (sensitivity P3; anonymisation KEEP; optional)
   */
  benefitsOrTaxFraudInVictimName?: Flag;
  /**
   * Company registered in the victim's name: Whether a company or business was registered with the victim as a front, for example as director or owner, while others ran it. Such nominee companies are often used to hide who really controls the money.
   *
   * (sensitivity P3; anonymisation KEEP; recommended)
   */
  companyRegisteredInVictimName?: Flag;
  /**
   * The victim's role in that company: The roles the victim was given on paper in the company or business registered in their name. Choose every role that applies.
   *
   * (sensitivity P3; anonymisation KEEP; optional)
   */
  victimCompanyRole?: VictimCompanyRole[] | MissingValue;
  /**
   * Things registered in the victim's name: Every kind of property, contract or booking put in the victim's name for others to use, such as cars, SIM cards, hotel rooms or rented flats. An empty list means none.
   *
   * (sensitivity P3; anonymisation KEEP; optional)
   */
  assetsRegisteredInVictimName?: ItemRegisteredToVictim[] | MissingValue;
  /**
   * Victim's identity used to verify crypto accounts: Whether the victim's identity document or photo was used to pass identity checks at a cryptocurrency exchange or wallet provider for an account that others controlled. This is common in scam compounds.
   *
   * (sensitivity P3; anonymisation KEEP; recommended)
   */
  victimIdentityUsedForCryptoKyc?: Flag;
  /**
   * Victim's credit record damaged: Whether the misuse of the victim's identity or accounts left them with a damaged credit record, unpaid debts or a bank blacklisting that makes it hard to get an account or credit now.
   *
   * (sensitivity P3; anonymisation KEEP; optional)
   */
  creditRecordDamaged?: Flag;
  /**
   * @deprecated
   * Victim penalised for the money moved: Whether the victim was arrested, charged, fined or had their accounts closed because of money moved through them while they were being exploited. This matters for the principle that victims should not be punished for crimes they were forced to commit.
   *
   * (sensitivity P3; anonymisation KEEP; optional)
   *
   * Deprecated since 0.2.0: 0.1.0 put arrest, charge, fine and account closure in one flag; the victim profile's penalties record each, and fraud-database markers.
   */
  victimPenalisedForLaundering?: Flag;
  /**
   * @deprecated
   * Victims this describes: Version 0.1.0's way of saying which victims these answers describe. Use the victim profile's victims instead.
   *
   * (sensitivity P2; anonymisation PSEUDO; optional)
   *
   * Deprecated since 0.2.0: each victim profile names the victims it describes; give victims whose answers differ a profile each.
   */
  appliesToPersonRefs?: LocalRef[];
}
/**
 * Work in a scam compound: What one person held in a scam compound was promised, how they were brought there and what they were made to do: the parts of a scam-compound case that differ from worker to worker.
 */
export interface ScamCompoundWork {
  /**
   * Job advertised: The job the person was promised when recruited, for example IT work or customer service.
   *
   * (sensitivity P2; anonymisation KEEP; recommended)
   */
  jobAdvertisedAs?: AdvertisedJob | MissingValue;
  /**
   * Where the job was advertised: The websites and apps on which the job was advertised or the recruiter made contact.
   *
   * (sensitivity P2; anonymisation KEEP; optional; HTCDS vic_RecruitmentWebsitesAndApps)
   */
  jobAdPlatforms?: Platform[] | MissingValue;
  /**
   * Transit countries: The countries the person passed through on the way to the compound, including any third country used to hide the final destination.
   *
   * (sensitivity P2; anonymisation GEO; optional; HTCDS hte_Country)
   */
  transitCountries?: CountryCode[] | MissingValue;
  /**
   * Scams the person was forced to run: Every kind of scam or crime the person was made to carry out, for example romance-investment scams or moving money.
   *
   * (sensitivity P3; anonymisation KEEP; recommended)
   */
  scamTypesForced?: ForcedScamType[] | MissingValue;
  /**
   * Quota imposed: true if the person had to meet targets, such as an amount of money taken from scam victims or a number of new contacts, with punishment or fines when they fell short.
   *
   * (sensitivity P3; anonymisation KEEP; recommended)
   */
  quotaImposed?: Flag;
  /**
   * Times sold on: How many times the person was sold or passed on to another compound or group.
   *
   * (sensitivity P3; anonymisation BAND; optional)
   */
  timesSoldBand?: TimesSoldBand | MissingValue;
  /**
   * Debt increased when sold on: true if the debt the person was told they owed grew when they were sold to another compound or group.
   *
   * (sensitivity P3; anonymisation KEEP; optional)
   */
  debtIncreasedOnResale?: Flag;
}
/**
 * SurvivorLosses: What a victim lost to the exploitation, counted as a claim would count it. Fines are recorded with the control of the victim's finances.
 */
export interface SurvivorLosses {
  /**
   * Unpaid wages owed: The wages this victim earned and was never paid, in total, after anything already paid. Say in the basis of calculation which wage it is counted at.
   *
   * (sensitivity P2; anonymisation BAND; recommended)
   */
  unpaidWagesOwed?: MoneyOrMissing;
  /**
   * Total deductions: Everything taken out of this victim's pay, in total: board, lodging, transport, equipment, debt instalments, fines taken from wages.
   *
   * (sensitivity P2; anonymisation BAND; recommended)
   */
  totalDeductions?: MoneyOrMissing;
  /**
   * Fees and costs paid: What this victim, or their family for them, paid in recruitment fees and related costs (travel, visas, documents, medical checks, training), in total.
   *
   * (sensitivity P2; anonymisation BAND; recommended)
   */
  feesAndCostsPaid?: MoneyOrMissing;
  /**
   * Worked from: The month this victim started work, as YYYY-MM: the start of the period the wages owed are counted over.
   *
   * (sensitivity P2; anonymisation DATE; recommended)
   */
  periodWorkedStart?: YearMonth | MissingValue;
  /**
   * Worked until: The month this victim stopped work, as YYYY-MM. Leave it out while the work goes on.
   *
   * (sensitivity P2; anonymisation DATE; recommended)
   */
  periodWorkedEnd?: YearMonth | MissingValue;
  /**
   * Hours worked a week: How many hours this victim usually worked in a week.
   *
   * (sensitivity P2; anonymisation KEEP; optional)
   */
  hoursWorkedPerWeek?: number | MissingValue;
  /**
   * Basis of calculation: What the figures above are counted from: the wage in the contract, the wage promised, the legal minimum wage, a court's or tribunal's figure, or the victim's own account.
   *
   * (sensitivity P2; anonymisation KEEP; recommended)
   */
  calculationBasis?: LossCalculationBasis | MissingValue;
}
/**
 * PenaltiesSuffered: The penalties a victim suffered for what they were made to do while exploited, which the principle of non-punishment says should not fall on them.
 */
export interface PenaltiesSuffered {
  /**
   * Arrested: true if this victim was arrested for something they were made to do while exploited, for example for the money moved through their accounts.
   *
   * (sensitivity P3; anonymisation KEEP; recommended)
   */
  arrested?: Flag;
  /**
   * Charged: true if this victim was charged with an offence they were made to commit while exploited.
   *
   * (sensitivity P3; anonymisation KEEP; optional)
   */
  charged?: Flag;
  /**
   * Convicted: true if this victim was convicted of an offence they were made to commit while exploited.
   *
   * (sensitivity P3; anonymisation KEEP; optional)
   */
  convicted?: Flag;
  /**
   * Fined by the authorities: true if a court or an authority fined this victim for something they were made to do while exploited (fines imposed by the exploiters are recorded with the control of the victim's finances).
   *
   * (sensitivity P3; anonymisation KEEP; optional)
   */
  finedByAuthorities?: Flag;
  /**
   * Accounts closed: true if a bank or payment provider closed this victim's accounts, or refused them one, because of money moved through them while they were exploited.
   *
   * (sensitivity P3; anonymisation KEEP; recommended)
   */
  accountsClosed?: Flag;
  /**
   * Marked in a fraud database: true if this victim was entered in a fraud database shared between lenders and banks, such as a CIFAS marker in the United Kingdom. Such a marker outlives the exploitation: it can bar the victim from a bank account or credit for years.
   *
   * (sensitivity P3; anonymisation KEEP; recommended)
   */
  fraudMarkerRecorded?: Flag;
  /**
   * Fraud databases: Which fraud databases hold a marker against this victim. Choose all that apply.
   *
   * (sensitivity P3; anonymisation KEEP; optional)
   */
  fraudMarkerDatabases?: FraudMarkerDatabase[] | MissingValue;
}
/**
 * Debt: One debt used to control a victim: where it came from, how big it was and how it grew, who held it, and how it was repaid.
 */
export interface Debt {
  /**
   * Local identifier: An identifier for this debt, unique within the report, for example D1. Make it up; never use a real loan or account number.
   *
   * (sensitivity P2; anonymisation PSEUDO; required)
   */
  id: LocalId;
  /**
   * Debtor: The victim in this report who owed the debt. Give each victim's debt as its own item, so that what each one owed and repaid is kept apart.
   *
   * (sensitivity P2; anonymisation PSEUDO; recommended)
   */
  debtorRef?: LocalRef;
  /**
   * Origins of the debt: What the debt was said to be for, including anything added to it later. Choose all that apply.
   *
   * (sensitivity P2; anonymisation KEEP; recommended)
   */
  origins?: DebtOrigin[] | MissingValue;
  /**
   * Initial amount: How much the debt was when it started.
   *
   * (sensitivity P2; anonymisation BAND; recommended)
   */
  initialAmount?: MoneyOrMissing;
  /**
   * Current amount: How much was still said to be owed at the latest information, or when the victim left.
   *
   * (sensitivity P2; anonymisation BAND; recommended)
   */
  currentAmount?: MoneyOrMissing;
  /**
   * Debt raised at will: true if the creditor raised the debt without a fair reason, for example through invented charges or fines, or when the victim was sold on.
   *
   * (sensitivity P3; anonymisation KEEP; recommended)
   */
  arbitrarilyIncreased?: Flag;
  /**
   * Interest on the debt: Whether interest was charged on the debt, and of what kind.
   *
   * (sensitivity P2; anonymisation KEEP; optional)
   */
  interestApplied?: InterestApplied | MissingValue;
  /**
   * Interest rate: The interest rate, as a band per month. Divide a yearly rate by 12; multiply a weekly rate by 4.
   *
   * (sensitivity P2; anonymisation KEEP; optional)
   */
  interestRateBand?: InterestRateBand | MissingValue;
  /**
   * Type of creditor: Who the debt was owed to.
   *
   * (sensitivity P2; anonymisation KEEP; recommended)
   */
  creditorType?: CreditorType | MissingValue;
  /**
   * Creditor: The person or organisation in this report the debt was owed to.
   *
   * (sensitivity P2; anonymisation PSEUDO; optional)
   */
  creditorRef?: LocalRef;
  /**
   * Form of the debt: What records or secures the debt, such as a signed note, a post-dated cheque or nothing at all.
   *
   * (sensitivity P2; anonymisation KEEP; optional)
   */
  instrument?: DebtInstrument | MissingValue;
  /**
   * Debt sold or passed on: true if the debt was sold or handed to someone else, such as a debt collector or a new employer who took the victim with it.
   *
   * (sensitivity P2; anonymisation KEEP; optional)
   */
  soldOrAssigned?: Flag;
  /**
   * How the debt was repaid: How the debt was repaid or was meant to be repaid. Choose all that apply.
   *
   * (sensitivity P2; anonymisation KEEP; recommended)
   */
  repaymentMethods?: DebtRepaymentMethod[] | MissingValue;
}
/**
 * Account or financial instrument: One bank account, card, payment or mobile-money account, crypto wallet or informal arrangement that money in the case moved through. Record who holds it and who really controls it: a holder who is not the controller is the central sign of financial exploitation.
 */
export interface Account {
  /**
   * Local identifier: A made-up identifier for this account, unique within the report, for example ACC-1, so that transactions and other parts of the report can point to it. Never use the real account number.
   *
   * (sensitivity P2; anonymisation PSEUDO; required)
   */
  id: LocalId;
  /**
   * Account holders: The people or organisations (their local identifiers in persons or organisations) in whose name the account is held. When the holder is not the person who really controls the account, record both: that difference is the strongest financial sign of trafficking or mule use.
   *
   * (sensitivity P2; anonymisation PSEUDO; recommended)
   */
  holderRefs?: LocalRef[];
  /**
   * Who actually controls the account: The people or organisations who in practice decide how the account is used: who holds the card, PIN, passwords or phone, or tells the holder what to do. A controller who is not the holder (for example a trafficker running the victim's account) is the key signal to record.
   *
   * (sensitivity P2; anonymisation PSEUDO; recommended)
   */
  controllerRefs?: LocalRef[];
  /**
   * Type of holder: In whose name the account is held, as the institution sees it: one person, several people jointly, a business, a nominee or a trust or charity.
   *
   * (sensitivity P2; anonymisation KEEP; recommended)
   */
  holderType?: AccountHolderType | MissingValue;
  /**
   * Type of account or instrument: What kind of account, card or wallet this is, for example a current account, a mobile-money wallet or a crypto-exchange account.
   *
   * (sensitivity P1; anonymisation KEEP; required)
   */
  instrumentType: InstrumentType | MissingValue;
  /**
   * Type of institution: What kind of business provides the account: a bank, a money transfer company, a crypto exchange, an informal money broker and so on. Required for every account except a self-hosted crypto wallet, which no institution holds.
   *
   * (sensitivity P1; anonymisation KEEP; recommended)
   */
  institutionType?: InstitutionType | MissingValue;
  /**
   * Name of the institution: The name of the bank, payment company, exchange or other provider, for example the name on the card or app. The name of a regulated business is not personal data, but it may be removed from aggregate data when it could single out a case. For an informal money broker, do not give a person's name here: record the person under persons instead.
   *
   * (sensitivity P1; anonymisation KSUP; recommended)
   */
  institutionName?: string;
  /**
   * Identifier of the institution: An official identifier of the provider, if known: its BIC (the SWIFT code of 8 or 11 letters and digits, ISO 9362), its LEI (the 20-character Legal Entity Identifier, ISO 17442) or its licence or registration number with the regulator.
   *
   * (sensitivity P1; anonymisation KSUP; optional)
   */
  institutionIdentifier?: string;
  /**
   * Country of the institution: The country where the provider that holds the account is based or licensed, as a two-letter code, for example PH for the Philippines. Required for every account except a self-hosted crypto wallet.
   *
   * (sensitivity P1; anonymisation KEEP; recommended)
   */
  institutionCountry?: CountryCode | MissingValue;
  /**
   * Account identifiers: The account number, IBAN, card number, wallet address, mobile-money number, UPI address, PIX key or payment-app handle of this account, with the bank code (BIC or ABA routing number) where it helps to match. In clear only in internal records; when sharing, the anonymiser keeps only a keyed hash or a truncated form.
   *
   * (recommended)
   */
  identifiers?: AccountIdentifier[];
  /**
   * Crypto wallet address: The public address of a crypto wallet, exactly as shown, for example an address starting with T on the Tron network. Addresses on public blockchains are needed in clear to trace funds, so they may be shared at TLP:AMBER or stricter, and are removed from anything shared more widely. To let others match the address without seeing it, add it under identifiers as well, with its keyed hash.
   *
   * (sensitivity P2; anonymisation DROP; optional)
   */
  walletAddress?: string;
  /**
   * Blockchain network: The blockchain network the wallet address belongs to, for example tron or ethereum. The same token can travel on several networks, so give the network as well as the asset.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  cryptoNetwork?: CryptoNetwork | MissingValue;
  /**
   * Crypto assets held or moved: The cryptocurrencies or tokens seen in this wallet or account, for example usdt or btc.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  cryptoAssets?: CryptoAsset[] | MissingValue;
  /**
   * Who runs the wallet: For a crypto wallet: the kind of service the wallet belongs to, as a blockchain tracing tool or the service itself attributes it, for example an exchange, an OTC desk, a guarantee marketplace or a mixer. Leave out when the wallet is not attributed to any service.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  walletAttribution?: WalletAttribution | MissingValue;
  /**
   * Currency of the account: The main currency the account is held in, as a three-letter code, for example EUR.
   *
   * (sensitivity P1; anonymisation KEEP; recommended)
   */
  currency?: CurrencyCode | MissingValue;
  /**
   * Month opened: The month the account was opened, written YYYY-MM. A recently opened account with high turnover is a warning sign.
   *
   * (sensitivity P2; anonymisation DATE; optional)
   */
  openedPeriod?: YearMonth | MissingValue;
  /**
   * Month closed: The month the account was closed, written YYYY-MM. Leave it out if the account is still open.
   *
   * (sensitivity P2; anonymisation DATE; optional)
   */
  closedPeriod?: YearMonth | MissingValue;
  /**
   * Status of the account: The state of the account when last known: active, restricted, frozen, closed by the holder or closed by the institution.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  accountStatus?: AccountStatus | MissingValue;
  /**
   * Accounts sharing contact details: Other accounts in this report (their local identifiers) that give the same phone number, e-mail address, postal address or device as this one. Many accounts sharing details often means one person controls them all.
   *
   * (sensitivity P2; anonymisation PSEUDO; optional)
   */
  sharesIdentifiersWithRefs?: LocalRef[];
  /**
   * What the account was used for: Every use of the account that was seen or reported, for example collecting the victims' earnings or paying for advertising. An empty list means no such use was seen.
   *
   * (sensitivity P2; anonymisation KEEP; recommended)
   */
  observedUses?: AccountUse[] | MissingValue;
}
/**
 * Account identifier: One number or address that identifies the account. Give at least one of: the identifier in clear (internal records only), its keyed hash, or a truncated form.
 */
export interface AccountIdentifier {
  /**
   * Local identifier: A made-up identifier for this account identifier, unique within the report, for example ACC-1-ID1.
   *
   * (sensitivity P2; anonymisation PSEUDO; required)
   */
  id: LocalId;
  /**
   * Kind of identifier: What kind of number or address this is: an IBAN, a local account number, a card number, a wallet address, a mobile-money number, a bank code (BIC or ABA routing number), a UPI address, a PIX key or a payment-app handle.
   *
   * (sensitivity P1; anonymisation KEEP; required)
   */
  scheme: AccountIdentifierScheme | MissingValue;
  /**
   * Identifier in clear: The full number or address, for internal records only. It is a direct identifier: it is never shared in clear, and the anonymiser replaces it with a keyed hash (valueHmac) or a truncated form.
   *
   * (sensitivity P4; anonymisation HMAC; optional)
   */
  value?: string;
  /**
   * Keyed hash of the identifier: A keyed hash of the normalised identifier (spaces and punctuation removed, letters in upper case), made with the sharing group's key. A bank can hash its own records with the same key to find a match without seeing the number.
   *
   * (sensitivity P2; anonymisation HMAC; recommended)
   */
  valueHmac?: Hmac;
  /**
   * Truncated identifier: A shortened form that does not reveal the full number: for cards, the first six or eight digits and the last four (for example 411111…1234); for an IBAN, the country code and bank code only (for example GB NWBK).
   *
   * (sensitivity P2; anonymisation TRUNC; optional)
   */
  truncated?: string;
  /**
   * Hash key identifier: The name of the sharing-group key used to make valueHmac, so that the receiver knows which key to hash with. It is the key's label, never the key itself.
   *
   * (sensitivity P1; anonymisation KEEP; recommended)
   */
  keyId?: string;
}
/**
 * Transaction: One payment or transfer of money or value, or a summary of many similar payments (for example about twenty cash deposits a month): who paid whom, how much, how, what for, and how we know.
 */
export interface Transaction {
  /**
   * Local identifier: A made-up identifier for this transaction, unique in this report, for example T1. Never use a bank's own transaction number.
   *
   * (sensitivity P2; anonymisation PSEUDO; required)
   */
  id: LocalId;
  /**
   * Date: The day the payment was made, written YYYY-MM-DD. For a summary of several payments, give the first and last dates in the period fields instead.
   *
   * (sensitivity P2; anonymisation DATE; recommended)
   */
  date?: `${number}-${number}-${number}` | MissingValue;
  /**
   * Time of day: Roughly when in the day the payment was made, in local time where it was made. Payments late at night can be a warning sign, for example in sexual exploitation.
   *
   * (sensitivity P2; anonymisation KEEP; optional)
   */
  timeOfDayBand?: TimeOfDayBand | MissingValue;
  /**
   * Where it was made: Where the payment was made or the cash paid in or taken out: the country, the region and the town or city, never a street or branch address. For a summary of payments made in several places, give the main one and the number of places.
   *
   * (optional)
   */
  place?: TransactionPlace;
  /**
   * Channel: How the payer reached the money: at a branch counter, an ATM, an agent, online banking, a mobile app, a card terminal and so on. The same payment method can run through several channels: a cash deposit at a branch and one at an ATM tell different stories.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  channel?: PaymentChannel | MissingValue;
  /**
   * Summary of several payments: true when this entry sums up several similar payments, such as a repeated or regular flow, rather than one payment; then also give how often, how many and the period. false for a single payment.
   *
   * (sensitivity P1; anonymisation KEEP; required)
   */
  isAggregate: boolean;
  /**
   * How often: For a summary of several payments: how often they were made.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  frequency?: Frequency | MissingValue;
  /**
   * Number of payments: For a summary: how many payments it covers. An estimate is fine.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  count?: number | MissingValue;
  /**
   * First payment date: For a summary: the date of the first payment it covers, written YYYY-MM-DD.
   *
   * (sensitivity P2; anonymisation DATE; optional)
   */
  periodStart?: `${number}-${number}-${number}` | MissingValue;
  /**
   * Last payment date: For a summary: the date of the last payment it covers, written YYYY-MM-DD.
   *
   * (sensitivity P2; anonymisation DATE; optional)
   */
  periodEnd?: `${number}-${number}-${number}` | MissingValue;
  /**
   * Number of different payers or payees: For a summary: how many different people or accounts paid in (for money received) or were paid (for money sent). Many different senders paying one account is typical of funnel accounts and of payments by sex buyers. An estimate is fine.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  distinctCounterpartiesCount?: number | MissingValue;
  /**
   * Number of different places: For a summary: in how many different towns or cities the payments were made, for example cash paid in at branches in five cities.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  distinctPlacesCount?: number | MissingValue;
  /**
   * How long the money stayed: How long the money received stayed in the receiving account before most of it was taken out or sent on. Money moved on the same day is a sign of a pass-through or funnel account.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  dwellTimeBand?: DwellTimeBand | MissingValue;
  /**
   * Amount: How much was paid. For a summary, give the amount of each payment or the total, and say which in the amount's period. Amounts remembered by a survivor are welcome: mark them as estimates. For a virtual-asset transfer, give the amount in ordinary money if one was stated, and the number of coins in the virtual-asset details.
   *
   * (sensitivity P2; anonymisation BAND; required)
   */
  amount: MoneyOrMissing;
  /**
   * Paid by: Who or what the money came from: the local identifier of an entry in persons, organisations or accounts. Point to the account when it is known, because the account records who holds and who controls it.
   *
   * (sensitivity P2; anonymisation PSEUDO; recommended)
   */
  fromRef?: LocalRef;
  /**
   * Paid to: Who or what the money went to: the local identifier of an entry in persons, organisations or accounts. Point to the account when it is known.
   *
   * (sensitivity P2; anonymisation PSEUDO; recommended)
   */
  toRef?: LocalRef;
  /**
   * Direction from the victim's side: Whether the money went to the victim, came from the victim, was paid by others on the victim's behalf (wages sent to an agency, a ticket that became a debt), passed through an account in the victim's name that someone else used, or did not involve the victim.
   *
   * (sensitivity P2; anonymisation KEEP; recommended)
   */
  directionRelativeToVictim?: DirectionRelativeToVictim | MissingValue;
  /**
   * Payment method: How the money or value was moved, for example cash handed over, a bank transfer, mobile money or a cryptocurrency transfer.
   *
   * (sensitivity P1; anonymisation KEEP; required)
   */
  method: PaymentMethod | MissingValue;
  /**
   * Payment scheme: The payment scheme or network that carried a transfer, for example ACH, SEPA Instant, Faster Payments, UPI, PIX, NPP or Zelle. It is separate from the payment method: instant transfers and bank transfers each run on many schemes.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  rail?: PaymentRail | MissingValue;
  /**
   * Provider: The mobile-money, remittance or payment-app provider that moved the money, for example mPesa, gcash, westernUnion or cashApp. Give the bank itself under the account instead.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  provider?: PaymentProvider | MissingValue;
  /**
   * How it was paid out: For a money transfer: how the receiver got the money, for example in cash at a pick-up point, into a bank account or into a mobile wallet.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  payoutType?: PayoutType | MissingValue;
  /**
   * Intermediary or correspondent bank: For a wire transfer that passed through another bank between the payer's and the payee's: that bank's code and country.
   *
   * (optional)
   */
  intermediaryInstitution?: IntermediaryInstitution;
  /**
   * What it was for: What the payment was for, for example advertising, a hotel room, a recruitment fee, wages or a debt repayment. Choose the closest, or other if none fits.
   *
   * (sensitivity P2; anonymisation KEEP; required)
   */
  purpose: TransactionPurpose | MissingValue;
  /**
   * Merchant category code: For card payments: the four-digit merchant category code (ISO 18245) that says what kind of business was paid, for example 7011 for hotels or 4121 for taxis and ride-hailing.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  merchantCategoryCode?: string | MissingValue;
  /**
   * Merchant name on the statement: For card payments: the name of the business as it appears on the statement, for example "SQ *CITY MASSAGE". A descriptor can name a sole trader, so it is treated as free text: reviewed before it is shared.
   *
   * (sensitivity P2; anonymisation FREE; optional)
   */
  merchantDescriptor?: string;
  /**
   * Payment reference or message: The reference or message the payer wrote with the payment, copied as written; for a summary, one typical of the payments. Such text can be a lead (sex buyers and offenders sometimes describe what they paid for) and can also hold names, so it is special-category free text: reviewed and redacted before it is shared.
   *
   * (sensitivity P3; anonymisation FREE; optional)
   */
  paymentReference?: string;
  /**
   * Kind of counterparty: What kind of party was on the other side of the payment, seen from the victim, or from the account being looked at when the victim was not involved.
   *
   * (sensitivity P2; anonymisation KEEP; recommended)
   */
  counterpartyType?: CounterpartyType | MissingValue;
  /**
   * Counterparty's country: The country of the party on the other side of the payment, or of its account, as a two-letter code such as TH.
   *
   * (sensitivity P2; anonymisation GEO; recommended)
   */
  counterpartyCountry?: CountryCode | MissingValue;
  /**
   * Paid on behalf of: For a payment made on a victim's behalf (direction onVictimsBehalf): the victim, by the local identifier of an entry in persons, for example the worker whose wages an employer sent to an agency. When one payment covers several victims (a whole crew's wages), name the victim this report is about, or record one summary transaction per victim.
   *
   * (sensitivity P2; anonymisation PSEUDO; optional)
   */
  onBehalfOfRef?: LocalRef;
  /**
   * Debt it created or paid: The debt this payment created (a ticket or fee advanced and then charged to the victim) or paid off: the local identifier of an entry in debts.
   *
   * (sensitivity P2; anonymisation PSEUDO; optional)
   */
  debtRef?: LocalRef;
  /**
   * Stage of the trafficking: At which stage of the trafficking the payment was made: recruitment, transit, exploitation, laundering of the proceeds, or release.
   *
   * (sensitivity P2; anonymisation KEEP; recommended; HTCDS hte_Type)
   */
  traffickingStage?: TraffickingStage | MissingValue;
  /**
   * Just below a reporting threshold: true when the amount seems chosen to stay just under a limit above which banks or money transfer businesses must keep records or report. Splitting payments to stay under such a limit can be a sign of hiding money.
   *
   * (sensitivity P2; anonymisation KEEP; optional)
   */
  belowReportingThreshold?: Flag;
  /**
   * Which threshold: The limit the amount stayed under, in words, for example "USD 10,000 cash transaction report" or "USD 3,000 money transfer record-keeping". Do not write names or account details here.
   *
   * (sensitivity P2; anonymisation FREE; optional)
   */
  thresholdReference?: string;
  /**
   * Crosses a border: true when the money moved from one country to another, that is when the payer and the payee, or their accounts, are in different countries.
   *
   * (sensitivity P1; anonymisation KEEP; recommended)
   */
  crossBorder?: Flag;
  /**
   * Virtual-asset details: For payments in cryptocurrency or another virtual asset: the asset, the network and the details that allow the transfer to be traced. Leave out for other payments.
   *
   * (optional)
   */
  cryptoDetails?: CryptoDetails;
  /**
   * How we know: What the information about this payment is based on. Choose every basis that applies: a survivor's account is evidence too, and saying where information comes from helps others weigh it.
   *
   * (sensitivity P1; anonymisation KEEP; recommended)
   */
  evidenceBasis?: EvidenceBasis[] | MissingValue;
}
/**
 * Place of a transaction: Where a payment was made, at the level of a country, a region and a town or city: never a street, a branch address or coordinates.
 */
export interface TransactionPlace {
  /**
   * Country: The country where the payment was made, as a two-letter code such as ES.
   *
   * (sensitivity P2; anonymisation GEO; recommended)
   */
  country?: CountryCode | MissingValue;
  /**
   * Region: The region, state or province, as its ISO 3166-2 code: the country code, a hyphen and one to three letters or digits, for example ES-VC for the Valencian Community or AU-NSW for New South Wales.
   *
   * (sensitivity P2; anonymisation GEO; optional)
   */
  region?: string | MissingValue;
  /**
   * Town or city: The name of the town or city, in English where it has an English name, for example Valencia. For a village or a small town, give the nearest large town instead, so that the place cannot point to a person. The name is text: it leaves the organisation only after the report's texts have been reviewed, and an aggregate release keeps it only where enough other reports share it.
   *
   * (sensitivity P2; anonymisation GEO; optional)
   */
  city?: string;
}
/**
 * Intermediary institution: A bank that a transfer passed through between the payer's bank and the payee's, for example a correspondent bank for a transfer in US dollars.
 */
export interface IntermediaryInstitution {
  /**
   * Bank code: The intermediary bank's BIC (the SWIFT code of 8 or 11 letters and digits) or ABA routing number, as shown in the payment message.
   *
   * (sensitivity P1; anonymisation KSUP; recommended)
   */
  identifier?: string;
  /**
   * Country: The country of the intermediary bank, as a two-letter code such as US.
   *
   * (sensitivity P1; anonymisation KEEP; recommended)
   */
  country?: CountryCode | MissingValue;
}
/**
 * Virtual-asset details: The details of a transfer of cryptocurrency or another virtual asset that help to trace it on the blockchain.
 */
export interface CryptoDetails {
  /**
   * Asset: Which cryptocurrency or token was moved, by its ticker in lower case, for example usdt or btc.
   *
   * (sensitivity P1; anonymisation KEEP; recommended)
   */
  asset?: CryptoAsset | MissingValue;
  /**
   * Network: The blockchain the transfer ran on, for example tron or ethereum. The same token, such as USDT, can run on several networks.
   *
   * (sensitivity P1; anonymisation KEEP; recommended)
   */
  network?: CryptoNetwork | MissingValue;
  /**
   * Number of units: How many units of the asset were moved, for example 1500.25 for 1,500.25 USDT. An exact figure can lead to the transfer on the blockchain, so it is shared only under TLP:AMBER or stricter.
   *
   * (sensitivity P2; anonymisation DROP; optional)
   */
  assetAmount?: number | MissingValue;
  /**
   * Transaction hash: The identifier of the transfer on the blockchain (its transaction hash or ID), copied exactly from a wallet or block explorer. It leads to the wallets involved, so it is shared only under TLP:AMBER or stricter.
   *
   * (sensitivity P2; anonymisation DROP; optional)
   */
  txHash?: string;
  /**
   * Sending wallet address: The public address of the wallet the asset was sent from, copied exactly. It allows tracing, so it is shared only under TLP:AMBER or stricter.
   *
   * (sensitivity P2; anonymisation DROP; optional)
   */
  fromWallet?: string;
  /**
   * Receiving wallet address: The public address of the wallet the asset was sent to, copied exactly. It allows tracing, so it is shared only under TLP:AMBER or stricter.
   *
   * (sensitivity P2; anonymisation DROP; optional)
   */
  toWallet?: string;
  /**
   * Who runs the other wallet: The kind of service the wallet on the other side belongs to, as a tracing tool or the service attributes it: an exchange, an OTC desk, a guarantee marketplace, a gambling site, a mixer, a bridge, a swap service and so on.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  counterpartyWalletAttribution?: WalletAttribution | MissingValue;
  /**
   * Exposure found by tracing: The kinds of service a blockchain tracing tool found the funds had passed through or come from, directly or a few steps away, for example mixer or sanctionedEntity. An empty list means the tool found none.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  exposureCategories?: WalletAttribution[] | MissingValue;
  /**
   * Services that broke the trail: Each kind of service the asset passed through that hides or breaks its trail: a mixer, a bridge to another blockchain, a swap into another token. An empty list means it passed through none.
   *
   * (sensitivity P2; anonymisation KEEP; optional)
   */
  obfuscationSteps?: CryptoObfuscationStep[] | MissingValue;
  /**
   * Travel Rule data: Whether the payer and payee information that providers must pass along with a transfer between them (the FATF Travel Rule) came with it.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  travelRuleData?: TravelRuleData | MissingValue;
  /**
   * @deprecated
   * Went through a mixer or bridge: true when the asset passed through a mixing service, which blends funds from many users to hide their trail, or through a bridge that moves it to another blockchain.
   *
   * (sensitivity P2; anonymisation KEEP; optional)
   *
   * Deprecated since 0.2.0: A mixer, a bridge and a swap break the trail in different ways; obfuscationSteps says which.
   */
  viaMixerOrBridge?: Flag;
  /**
   * Value in ordinary money: The value of the transfer in an ordinary currency at the rate of the day, as shown by an exchange, a wallet or a tracing tool. It lets virtual-asset payments be compared and banded with other payments.
   *
   * (sensitivity P2; anonymisation BAND; recommended)
   */
  fiatEquivalent?: MoneyOrMissing;
}
/**
 * Proceeds and laundering: How the people behind the trafficking moved, hid and spent the money it made: the laundering methods seen, the assets bought or held, and the countries the money went to.
 */
export interface Laundering {
  /**
   * Laundering methods: Every way seen of hiding, moving or cleaning the proceeds, for example mixing them with a business's takings, passing them through money mules or buying property. An empty list means none was seen.
   *
   * (sensitivity P3; anonymisation KEEP; recommended)
   */
  launderingMethods?: LaunderingMethod[] | MissingValue;
  /**
   * Assets: Property, money and other assets bought with, or holding, the proceeds: each with its kind, where it is, its value and whose name it is in.
   *
   * (optional)
   */
  assets?: Asset[];
  /**
   * Trade-based laundering: Each trade through which value was moved: the goods, their customs chapter, how the invoices misstated them, and the payments.
   *
   * (optional)
   */
  tradeBasedDetails?: TradeBasedDetail[];
  /**
   * Countries the proceeds went to: Every country the proceeds were sent to, spent in or invested in, as two-letter codes.
   *
   * (sensitivity P2; anonymisation GEO; optional)
   */
  proceedsDestinationCountries?: CountryCode[] | MissingValue;
}
/**
 * Asset: One asset bought with, or holding, the proceeds of the trafficking.
 */
export interface Asset {
  /**
   * Local identifier: A made-up identifier for this asset, unique in this report, for example AS1.
   *
   * (sensitivity P2; anonymisation PSEUDO; required)
   */
  id: LocalId;
  /**
   * Kind of asset: What kind of asset it is, for example a house, a car, cash, money in an account or cryptocurrency.
   *
   * (sensitivity P3; anonymisation KEEP; recommended)
   */
  assetType?: AssetType | MissingValue;
  /**
   * Country: The country where the asset is, or where it is registered, as a two-letter code such as TH.
   *
   * (sensitivity P3; anonymisation GEO; recommended)
   */
  country?: CountryCode | MissingValue;
  /**
   * Value: What the asset is worth or what was paid for it. A rough figure or a band is fine: mark it as an estimate.
   *
   * (sensitivity P3; anonymisation BAND; recommended)
   */
  value?: MoneyOrMissing;
  /**
   * In whose name: Who the asset is held or registered in the name of: the perpetrator, a relative, a victim, a front person or a company. Assets in a victim's name can mean the victim is being used to hide money.
   *
   * (sensitivity P3; anonymisation KEEP; recommended)
   */
  registeredToRole?: RegisteredToRole | MissingValue;
  /**
   * Registered to: The person or organisation the asset is held or registered in the name of: the local identifier of an entry in persons or organisations.
   *
   * (sensitivity P3; anonymisation PSEUDO; optional)
   */
  registeredToRef?: LocalRef;
  /**
   * Month acquired: The month the asset was bought or came into the holder's hands, written YYYY-MM. Assets bought during or soon after the exploitation are more likely to hold its proceeds.
   *
   * (sensitivity P3; anonymisation DATE; optional)
   */
  acquisitionDate?: YearMonth | MissingValue;
  /**
   * How it was paid for: Every way the purchase was paid for, for example in cash, from an account, with crypto, with a loan, or by someone else.
   *
   * (sensitivity P3; anonymisation KEEP; optional)
   */
  fundingSources?: AssetFundingSource[] | MissingValue;
  /**
   * Payments that bought it: The payments in transactions (their local identifiers) that paid for the asset.
   *
   * (sensitivity P2; anonymisation PSEUDO; optional)
   */
  acquisitionTransactionRefs?: LocalRef[];
}
/**
 * Trade-based laundering detail: One trade, or one series of trades in the same goods, used to move value under cover of buying and selling.
 */
export interface TradeBasedDetail {
  /**
   * Local identifier: A made-up identifier for this trade, unique in this report, for example TB1.
   *
   * (sensitivity P2; anonymisation PSEUDO; required)
   */
  id: LocalId;
  /**
   * Goods: What the goods were said to be, in a few words, for example "used mobile phones" or "frozen tuna". Do not write names or company details here.
   *
   * (sensitivity P2; anonymisation FREE; recommended)
   */
  goodsDescription?: string;
  /**
   * Customs chapter: The two-digit chapter of the Harmonized System customs classification the goods fall under, for example 03 for fish or 85 for electrical equipment and phones.
   *
   * (sensitivity P1; anonymisation KEEP; recommended)
   */
  hsChapter?: HsChapter | MissingValue;
  /**
   * How the invoices misstated the trade: Every way the invoices or shipping papers misstated the trade, for example a price far above what the goods are worth. An empty list means no misstatement was found.
   *
   * (sensitivity P2; anonymisation KEEP; recommended)
   */
  misInvoicing?: MisInvoicingType[] | MissingValue;
  /**
   * Country shipped from: The country the goods were shipped from, as a two-letter code.
   *
   * (sensitivity P2; anonymisation GEO; optional)
   */
  originCountry?: CountryCode | MissingValue;
  /**
   * Country shipped to: The country the goods were shipped to, as a two-letter code.
   *
   * (sensitivity P2; anonymisation GEO; optional)
   */
  destinationCountry?: CountryCode | MissingValue;
  /**
   * Payments for the trade: The payments in transactions (their local identifiers) made for this trade.
   *
   * (sensitivity P2; anonymisation PSEUDO; optional)
   */
  transactionRefs?: LocalRef[];
}
/**
 * Indicator observation: One red-flag indicator from the HTFDS indicator catalogue and whether it was seen in this case: who saw it, how sure they are, whom it concerns, and which accounts, payments, people, debts or assets show it. List the indicators you found, and those you checked and did not find, so that the absence of a red flag can be counted too.
 */
export interface IndicatorObservation {
  /**
   * Local identifier: An identifier you make up for this indicator observation, unique within the report, for example IND-1.
   *
   * (sensitivity P2; anonymisation PSEUDO; required)
   */
  id: LocalId;
  /**
   * Indicator: The identifier of the indicator in the HTFDS indicator catalogue, for example FINCEN-HT20-F17 or UNODC-FC23-P01. Use the catalogue version given for the whole report; identifiers are never reused, so an old identifier keeps its meaning.
   *
   * (sensitivity P0; anonymisation KEEP; required)
   */
  indicatorId: `${Uppercase<string>}-${Uppercase<string>}`;
  /**
   * Status: Whether the indicator was seen in this case: observed, suspected, looked for and not found, or not assessed. Choose "not assessed" for an indicator you did not check.
   *
   * (sensitivity P1; anonymisation KEEP; required)
   */
  status: IndicatorStatus;
  /**
   * Observed by: Who noticed the indicator: for example a support organisation, the police, a bank, the financial intelligence unit, or the survivor telling their own story.
   *
   * (sensitivity P1; anonymisation KEEP; recommended)
   */
  observedBy?: IndicatorObserver | MissingValue;
  /**
   * Confidence: How sure you are that the indicator applies to this case: low, medium or high.
   *
   * (sensitivity P1; anonymisation KEEP; recommended)
   */
  confidence?: IndicatorConfidence | MissingValue;
  /**
   * Who it concerns: The local identifiers of the persons, organisations or accounts in this report that the indicator is about, for example the victim whose wages are withheld or the controller's account that receives them. The catalogue says whom each indicator describes (the customer as victim, as controller, as scam target, as money mule, or a business). Leave it out if they are not in the report.
   *
   * (sensitivity P2; anonymisation PSEUDO; recommended)
   */
  subjectRefs?: LocalRef[];
  /**
   * Evidence in this report: The local identifiers of the transactions, accounts, people, organisations, debts or assets in this report that show the indicator, for example the payments that make up a pattern or the debt used to keep a worker. Leave it out if the evidence is not recorded in the report.
   *
   * (sensitivity P2; anonymisation PSEUDO; optional)
   */
  evidenceRefs?: LocalRef[];
  /**
   * Basis of the evidence: What the observation mainly rests on, for example a bank statement, a blockchain record, a seized ledger or the survivor's own statement.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  evidenceBasis?: EvidenceBasis | MissingValue;
  /**
   * First observed: The month the indicator was first seen, written YYYY-MM, for example 2023-04.
   *
   * (sensitivity P2; anonymisation DATE; optional)
   */
  firstObserved?: YearMonth | MissingValue;
}
/**
 * Outcomes: What happened as a result of the case on the financial side: suspicious transaction or activity reports, action taken by financial institutions, assets frozen or confiscated, criminal proceedings, compensation for the survivor, financial inclusion and other support, and referrals. Financial institutions should share their own outcomes only in aggregate or through law enforcement, because of the rules against tipping off.
 */
export interface Outcomes {
  /**
   * Suspicious transaction report filed: true if at least one suspicious transaction report (STR) or suspicious activity report (SAR) about this case is known to have been sent to a financial intelligence unit, false if none was. Give the reports themselves, where you may, in the list of suspicious transaction reports.
   *
   * (sensitivity P1; anonymisation KEEP; recommended)
   */
  strSarFiled?: Flag;
  /**
   * Who filed the report: The kinds of institution that filed a suspicious transaction or activity report about this case, for example a bank and a crypto exchange, as a summary for when the reports themselves cannot be listed. Give the type only, never the name.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  strSarFiledBy?: StrSarFiler[] | MissingValue;
  /**
   * Suspicious transaction reports: Each suspicious transaction or activity report about this case that is known to have been filed, with who filed it, where, when, what it was about and what became of it. Financial institutions should list only their own reports, and only where the sharing arrangement allows it, because of the rules against tipping off.
   *
   * (optional)
   */
  strSarFilings?: StrSarFiling[];
  /**
   * Disclosures by the financial intelligence unit: Each time a financial intelligence unit passed its analysis of the case on to another authority, for example the police or a foreign unit, and which reports it drew on.
   *
   * (optional)
   */
  fiuDisseminations?: FiuDissemination[];
  /**
   * Public-private information sharing: Each channel outside ordinary suspicious transaction reporting through which information on the case passed between financial institutions and authorities, or between institutions, for example a 314(b) request in the United States or a JMLIT cell in the United Kingdom.
   *
   * (optional)
   */
  publicPrivateSharing?: PublicPrivateSharing[];
  /**
   * Action taken by financial institutions: What banks or other financial institutions did with the accounts involved, for example blocked a payment or froze an account. An empty list means they took no action.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  fiAccountActions?: FiAccountAction[] | MissingValue;
  /**
   * Asset freezes, seizures, confiscations and returns: Each legal step taken against money or property in the case, one item per step and per order: a freeze or restraint, a seizure, a confiscation or forfeiture, or the return of money to the survivors or scam victims. Give the accounts and assets each step concerned, its date and what became of it.
   *
   * (optional)
   */
  assetActions?: AssetAction[];
  /**
   * @deprecated
   * Assets frozen: Money or property of the offenders that was frozen or seized so that it could not be moved while the case goes on.
   *
   * (optional)
   *
   * Deprecated since 0.2.0: Give each freeze, with its accounts, assets and date, as an asset action.
   */
  assetsFrozen?: AssetRecovery;
  /**
   * @deprecated
   * Assets confiscated: Money or property of the offenders that was finally confiscated, that is, taken away for good.
   *
   * (optional)
   *
   * Deprecated since 0.2.0: Give each confiscation, with its accounts, assets and date, as an asset action.
   */
  assetsConfiscated?: AssetRecovery;
  /**
   * Criminal-justice outcomes: Every stage the criminal case has reached so far, for example an investigation opened, then a money-laundering charge, then a conviction.
   *
   * (sensitivity P3; anonymisation KSUP; optional)
   */
  criminalJusticeOutcomes?: CriminalJusticeOutcome[] | MissingValue;
  /**
   * Compensation claims: Each claim for compensation, damages or back pay made by or for the survivors, whether it was granted, refused or is still open, with the amounts claimed, awarded and actually paid.
   *
   * (optional)
   */
  compensationClaims?: CompensationClaim[];
  /**
   * Financial inclusion support: Help the survivor received to get back a safe and independent financial life, for example a bank account opened with alternative identity checks, or a fraudulent debt cancelled.
   *
   * (sensitivity P2; anonymisation KEEP; optional; HTCDS spl_Type:Financial)
   */
  financialInclusionSupport?: FinancialInclusionSupport[] | MissingValue;
  /**
   * Support plan types: The kinds of support plan put in place for the survivor, using the HTCDS support plan types.
   *
   * (sensitivity P3; anonymisation KEEP; optional; HTCDS spl_Type)
   */
  supportPlanTypes?: SupportPlanType[] | MissingValue;
  /**
   * Referrals to other organisations: Each time the case was referred to another organisation, with the reason and the date.
   *
   * (optional)
   */
  referrals?: Referral[];
}
/**
 * Suspicious transaction report: One suspicious transaction or activity report about the case.
 */
export interface StrSarFiling {
  /**
   * Local identifier: A made-up identifier for this report, unique in this report, for example STR-1.
   *
   * (sensitivity P1; anonymisation PSEUDO; required)
   */
  id: LocalId;
  /**
   * Kind of institution that filed it: The kind of institution that filed the report, for example a bank or a money transfer business. Give the type only, never the name.
   *
   * (sensitivity P1; anonymisation KEEP; recommended)
   */
  filerType?: StrSarFiler | MissingValue;
  /**
   * Country of the report: The country whose financial intelligence unit received the report.
   *
   * (sensitivity P1; anonymisation KEEP; recommended)
   */
  jurisdiction?: CountryCode | MissingValue;
  /**
   * Month of the report: The month the report was filed, written YYYY-MM, for example 2023-04. The exact day is left out on purpose: it helps to find the report.
   *
   * (sensitivity P1; anonymisation DATE; recommended)
   */
  period?: YearMonth | MissingValue;
  /**
   * What became of the report: How far the report is known to have gone at the financial intelligence unit, for example accepted, or returned to the reporter for correction.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  status?: StrSarStatus | MissingValue;
  /**
   * Key terms used in the report: The key terms or glossary codes written in the report so that the financial intelligence unit can find it, for example HUMAN TRAFFICKING FIN-2020-A008 in the United States, XXMSHTXX in the United Kingdom or #ProjectProtect in Canada. Other codes, such as those of your own unit, are accepted too.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  keyTermsUsed?: SarKeyTerm[] | MissingValue;
  /**
   * Keyed hash of the report reference: A keyed hash of the reference number of the report, so that authorities can match it without the reference being seen. Never give the reference itself: reports are confidential and revealing them may tip off a suspect.
   *
   * (sensitivity P3; anonymisation HMAC; optional)
   */
  refHmac?: Hmac;
  /**
   * Subjects of the report: The people and organisations listed in this report that the suspicious transaction report was about. Give their local identifiers.
   *
   * (sensitivity P2; anonymisation PSEUDO; optional)
   */
  subjectRefs?: LocalRef[];
  /**
   * Accounts reported: The accounts listed in this report that the suspicious transaction report covered. Give their local identifiers.
   *
   * (sensitivity P1; anonymisation PSEUDO; optional)
   */
  accountRefs?: LocalRef[];
  /**
   * Transactions reported: The transactions listed in this report that the suspicious transaction report covered. Give their local identifiers.
   *
   * (sensitivity P1; anonymisation PSEUDO; optional)
   */
  transactionRefs?: LocalRef[];
}
/**
 * Disclosure by the financial intelligence unit: One disclosure of the financial intelligence unit's analysis of the case to another authority.
 */
export interface FiuDissemination {
  /**
   * Local identifier: A made-up identifier for this disclosure, unique in this report, for example FIU-1.
   *
   * (sensitivity P1; anonymisation PSEUDO; required)
   */
  id: LocalId;
  /**
   * Who received it: The kind of authority the financial intelligence unit passed its analysis to.
   *
   * (sensitivity P1; anonymisation KEEP; recommended)
   */
  recipientType?: DisseminationRecipient | MissingValue;
  /**
   * Country of the recipient: The country of the authority that received the disclosure. For a disclosure to a foreign financial intelligence unit, give that unit's country.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  recipientCountry?: CountryCode | MissingValue;
  /**
   * Month of the disclosure: The month the disclosure was made, written YYYY-MM.
   *
   * (sensitivity P1; anonymisation DATE; optional)
   */
  period?: YearMonth | MissingValue;
  /**
   * Reports it drew on: The suspicious transaction reports, from the list in this report, that the disclosure drew on. Give their local identifiers.
   *
   * (sensitivity P1; anonymisation PSEUDO; optional)
   */
  strSarFilingRefs?: LocalRef[];
}
/**
 * Public-private information sharing: One use of a channel for sharing information on the case between financial institutions and authorities, or between financial institutions.
 */
export interface PublicPrivateSharing {
  /**
   * Local identifier: A made-up identifier for this sharing, unique in this report, for example PPS-1.
   *
   * (sensitivity P1; anonymisation PSEUDO; required)
   */
  id: LocalId;
  /**
   * Channel: The partnership or legal route the information went through.
   *
   * (sensitivity P1; anonymisation KEEP; recommended)
   */
  route?: PublicPrivateSharingRoute | MissingValue;
  /**
   * Month of the sharing: The month the information was shared, or first shared, written YYYY-MM.
   *
   * (sensitivity P1; anonymisation DATE; optional)
   */
  period?: YearMonth | MissingValue;
  /**
   * Reports it led to or came from: The suspicious transaction reports, from the list in this report, that the sharing led to or drew on. Give their local identifiers.
   *
   * (sensitivity P1; anonymisation PSEUDO; optional)
   */
  strSarFilingRefs?: LocalRef[];
}
/**
 * Asset action: One legal step taken against money or property in the case: a freeze, seizure, confiscation or return.
 */
export interface AssetAction {
  /**
   * Local identifier: A made-up identifier for this step, unique in this report, for example AA-1.
   *
   * (sensitivity P1; anonymisation PSEUDO; required)
   */
  id: LocalId;
  /**
   * Kind of step: What was done to the money or property: frozen or restrained, seized, confiscated or forfeited, or returned to the people it was taken from.
   *
   * (sensitivity P1; anonymisation KEEP; required)
   */
  action: AssetActionType;
  /**
   * Legal route: The kind of proceedings used: criminal, non-conviction-based (civil) or administrative.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  confiscationType?: ConfiscationType | MissingValue;
  /**
   * Where it stands: Whether the step was applied for, granted, refused, later lifted, or carried out in full.
   *
   * (sensitivity P1; anonymisation KEEP; recommended)
   */
  status?: LegalStepStatus | MissingValue;
  /**
   * Why it was refused or lifted: When the court or authority refused the step, or lifted it later: the main reason given.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  refusalReason?: RefusalReason | MissingValue;
  /**
   * Date of the step: The date of the order or decision, or of the application if nothing was decided yet, written YYYY-MM-DD.
   *
   * (sensitivity P1; anonymisation DATE; recommended)
   */
  date?: `${number}-${number}-${number}` | MissingValue;
  /**
   * Value: The value of the money or property concerned, in the currency given or as a band. Mark it as an estimate if the figure is approximate, for example a value of property not yet sold.
   *
   * (sensitivity P1; anonymisation BAND; recommended)
   */
  amount?: MoneyOrMissing;
  /**
   * Accounts concerned: The accounts listed in this report whose balances the step concerned. Give their local identifiers.
   *
   * (sensitivity P1; anonymisation PSEUDO; optional)
   */
  accountRefs?: LocalRef[];
  /**
   * Assets concerned: The assets listed in this report that the step concerned. Give their local identifiers.
   *
   * (sensitivity P1; anonymisation PSEUDO; optional)
   */
  assetRefs?: LocalRef[];
  /**
   * Returned to: For a return of money: the people in this report who received it, usually survivors or scam victims. Give their local identifiers.
   *
   * (sensitivity P2; anonymisation PSEUDO; optional)
   */
  returnedToRefs?: LocalRef[];
}
/**
 * Assets frozen or confiscated: How much of the offenders' money or property was frozen or confiscated, and through which legal route.
 */
export interface AssetRecovery {
  /**
   * @deprecated
   * Value: The total value of the assets, in the currency given or as a band. Mark it as an estimate if the figure is approximate, for example a value of property not yet sold.
   *
   * (sensitivity P1; anonymisation BAND; recommended)
   *
   * Deprecated since 0.2.0: Give each freeze or confiscation as an asset action.
   */
  amount?: MoneyOrMissing;
  /**
   * @deprecated
   * Legal route: The kind of proceedings used: criminal, non-conviction-based (civil) or administrative.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   *
   * Deprecated since 0.2.0: Give each freeze or confiscation as an asset action.
   */
  confiscationType?: ConfiscationType | MissingValue;
}
/**
 * Compensation claim: One claim for compensation, damages or back pay made by or for the survivors.
 */
export interface CompensationClaim {
  /**
   * Local identifier: A made-up identifier for this claim, unique in this report, for example CC-1.
   *
   * (sensitivity P1; anonymisation PSEUDO; required)
   */
  id: LocalId;
  /**
   * Claimants: The survivors in this report the claim was made by or for. Give their local identifiers.
   *
   * (sensitivity P2; anonymisation PSEUDO; optional)
   */
  claimantRefs?: LocalRef[];
  /**
   * Route of the claim: Every route the claim went through, for example a compensation order in the criminal case and back pay from the employer.
   *
   * (sensitivity P2; anonymisation KEEP; recommended)
   */
  sources?: CompensationSource[] | MissingValue;
  /**
   * Date of the claim: The date the claim was made, written YYYY-MM-DD.
   *
   * (sensitivity P2; anonymisation DATE; optional)
   */
  dateClaimed?: `${number}-${number}-${number}` | MissingValue;
  /**
   * Where the claim stands: Whether the claim is still open, was granted or refused, or was withdrawn.
   *
   * (sensitivity P2; anonymisation KEEP; recommended)
   */
  status?: LegalStepStatus | MissingValue;
  /**
   * Why it was refused: When the claim was refused: the main reason given.
   *
   * (sensitivity P2; anonymisation KEEP; optional)
   */
  refusalReason?: RefusalReason | MissingValue;
  /**
   * Amount claimed: The total amount claimed, in the currency given or as a band.
   *
   * (sensitivity P2; anonymisation BAND; optional)
   */
  amountClaimed?: MoneyOrMissing;
  /**
   * Compensation awarded: true if a court, tribunal, fund, employer or company decided or agreed to pay, false if not.
   *
   * (sensitivity P2; anonymisation KEEP; recommended)
   */
  awarded?: Flag;
  /**
   * Amount awarded: The total amount awarded, in the currency given or as a band.
   *
   * (sensitivity P2; anonymisation BAND; optional)
   */
  amountAwarded?: MoneyOrMissing;
  /**
   * Paid: true if at least part of the award has actually reached the survivors, false if nothing has been paid yet. Awards are often not paid in full; give the amount received in the amount paid field.
   *
   * (sensitivity P2; anonymisation KEEP; optional)
   */
  paid?: Flag;
  /**
   * Amount paid: How much of the award the survivors have actually received so far.
   *
   * (sensitivity P2; anonymisation BAND; optional)
   */
  amountPaid?: MoneyOrMissing;
  /**
   * Paid from: The asset actions in this report (for example a confiscation) whose proceeds paid the award. Give their local identifiers.
   *
   * (sensitivity P1; anonymisation PSEUDO; optional)
   */
  paidFromAssetActionRefs?: LocalRef[];
}
/**
 * Referral: One referral of the case to another organisation.
 */
export interface Referral {
  /**
   * Reason for the referral: Why the case was referred, using the HTCDS reasons.
   *
   * (sensitivity P1; anonymisation KEEP; recommended; HTCDS cas_ReasonForOutgoingReferral)
   */
  reason?: ReferralReason | MissingValue;
  /**
   * Date of the referral: The date the referral was made, as YYYY-MM-DD.
   *
   * (sensitivity P2; anonymisation DATE; optional; HTCDS cas_OutgoingReferralDate)
   */
  date?: `${number}-${number}-${number}` | MissingValue;
}
/**
 * Forced criminality and scam compound: Details for cases where people were held, usually in a guarded compound, and forced to run online scams or commit other crimes for profit: how they were recruited, where they were held, what they were made to do, and how the scam money was moved.
 */
export interface ScamCompound {
  /**
   * Country of the compound: The country where the person was held and made to work.
   *
   * (sensitivity P2; anonymisation GEO; recommended)
   */
  compoundCountry?: CountryCode | MissingValue;
  /**
   * General area of the compound: The province, district, city or special economic zone where the compound was, for example a border town or a named economic zone. Never give an exact address, coordinates or the compound's name.
   *
   * (sensitivity P2; anonymisation FREE; optional)
   */
  compoundAreaGeneralised?: string;
  /**
   * How scam victims' money was moved: The channels through which the money taken from scam victims was collected and moved, for example accounts held by money mules or crypto exchange accounts.
   *
   * (sensitivity P2; anonymisation KEEP; optional)
   */
  scamVictimFundsRouting?: ScamFundsRouting[] | MissingValue;
  /**
   * Countries of the scam victims: The countries where the people targeted by the scams lived.
   *
   * (sensitivity P1; anonymisation KEEP; optional)
   */
  targetedScamVictimCountries?: CountryCode[] | MissingValue;
  /**
   * Ransoms: Each ransom demanded for the release of a person held in the compound: how much was demanded, how much was paid, by whom, into which account and in which payments.
   *
   * (optional)
   */
  ransoms?: Ransom[];
  /**
   * Crypto wallet addresses: Crypto wallet addresses that scam victims were told to pay into or that the scam operation used, each exactly as shown on the blockchain and with its network, for example an address starting with T on tron. Share only under TLP:AMBER or stricter. Called scamWalletAddresses, a plain list of addresses, before version 0.2.0.
   *
   * (optional)
   */
  walletAddresses?: NetworkWalletAddress[];
}
/**
 * Ransom: Money demanded for the release of a person held: what was demanded and what was paid, by whom, into which accounts and by which payments.
 */
export interface Ransom {
  /**
   * Local identifier: A made-up identifier for this ransom, unique within the report (for example R1), that other parts of the report use to point to it.
   *
   * (sensitivity P2; anonymisation PSEUDO; required)
   */
  id: LocalId;
  /**
   * Person held: The person in this report whose release the ransom was demanded for.
   *
   * (sensitivity P2; anonymisation PSEUDO; recommended)
   */
  victimRef?: LocalRef;
  /**
   * Amount demanded: How much was demanded for the release, in the currency of the demand.
   *
   * (sensitivity P2; anonymisation BAND; recommended)
   */
  amountDemanded?: MoneyOrMissing;
  /**
   * Ransom paid: true if any of the ransom was paid; false if nothing was paid.
   *
   * (sensitivity P2; anonymisation KEEP; recommended)
   */
  paid?: Flag;
  /**
   * Amount paid: How much was actually paid, in the currency it was paid in; it often differs from the demand, in amount and in currency.
   *
   * (sensitivity P2; anonymisation BAND; recommended)
   */
  amountPaid?: MoneyOrMissing;
  /**
   * @deprecated
   * Ransom amount (0.1.0): The single amount of version 0.1.0: what was paid or, if nothing was paid, what was demanded. Upgrades put it here because they cannot tell which; give the amount demanded and the amount paid instead.
   *
   * (sensitivity P2; anonymisation BAND; optional)
   *
   * Deprecated since 0.2.0: 0.1.0 kept one amount for a ransom, paid or else demanded; 0.2.0 records both.
   */
  amount?: MoneyOrMissing;
  /**
   * How the ransom was paid: How the ransom was paid or was to be paid, for example by bank transfer, mobile money or cryptocurrency.
   *
   * (sensitivity P2; anonymisation KEEP; recommended)
   */
  paymentMethod?: PaymentMethod | MissingValue;
  /**
   * Who paid the ransom: Who paid the ransom, or most of it.
   *
   * (sensitivity P2; anonymisation KEEP; recommended)
   */
  paidBy?: RansomPayer | MissingValue;
  /**
   * Payers in this report: The people or organisations in this report who paid the ransom, for example the family member who sent the money.
   *
   * (sensitivity P2; anonymisation PSEUDO; optional)
   */
  paidByRefs?: LocalRef[];
  /**
   * Accounts the ransom was paid into: The accounts or wallets in this report that received the ransom: the accounts the demand named, or those the money reached.
   *
   * (sensitivity P2; anonymisation PSEUDO; recommended)
   */
  recipientAccountRefs?: LocalRef[];
  /**
   * Payments of the ransom: The transactions in this report by which the ransom was paid, including any conversion on the way (for example mobile money into a stablecoin).
   *
   * (sensitivity P2; anonymisation PSEUDO; optional)
   */
  transactionRefs?: LocalRef[];
  /**
   * Date of the demand: When the ransom was demanded, as YYYY-MM-DD.
   *
   * (sensitivity P2; anonymisation DATE; optional)
   */
  date?: `${number}-${number}-${number}` | MissingValue;
  /**
   * Date paid: When the ransom, or its last instalment, was paid, as YYYY-MM-DD.
   *
   * (sensitivity P2; anonymisation DATE; optional)
   */
  datePaid?: `${number}-${number}-${number}` | MissingValue;
}
/**
 * Wallet address with its network: One crypto wallet address and the blockchain it is on. The same address can exist on several networks (0x addresses on Ethereum, BNB Smart Chain and Polygon alike), so the network is needed to trace it. The address must be given; an entry whose address is removed for sharing is removed with it.
 */
export interface NetworkWalletAddress {
  /**
   * Address: The public address of the wallet, copied exactly as shown, for example an address starting with T on Tron. It allows tracing, so it is shared only under TLP:AMBER or stricter.
   *
   * (sensitivity P2; anonymisation DROP; recommended)
   */
  address?: string;
  /**
   * Network: The blockchain the address is on, for example tron or ethereum.
   *
   * (sensitivity P1; anonymisation KEEP; recommended)
   */
  network?: CryptoNetwork | MissingValue;
}
