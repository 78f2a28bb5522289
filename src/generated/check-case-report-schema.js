// Generated from the HTFDS schema by generators/validators/generate-verdict.ts. Do not edit: change schema/ and run `npm run build`.
import { fullFormats, ucs2length } from '../validate/ajv-runtime.js';
import { isFullDate } from '../validate/fast-formats.js';

const PATTERN0 = new RegExp("^[0-9]+\\.[0-9]+\\.[0-9]+$", "u");
const FORMAT1 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const CODES2 = new Set(["caseSummary","transactionSet","indicatorAlert","outcomeUpdate","correction"]);
const PATTERN3 = new RegExp("^[0-9a-f]{64}$", "u");
const CODES4 = new Set(["NGO","LawEnforcement","HealthServiceOrganisation","CentralGovernmentOrganisation","LocalGovernmentOrganisation","ImmigrationService","LegalService","CorporateBusiness","SchoolOrCollege","FinancialInstitution","FinancialIntelligenceUnit","Helpline","InternationalOrganisation","SurvivorLedOrganisation","Researcher"]);
const CODES5 = new Set(["AD","AE","AF","AG","AI","AL","AM","AO","AQ","AR","AS","AT","AU","AW","AX","AZ","BA","BB","BD","BE","BF","BG","BH","BI","BJ","BL","BM","BN","BO","BQ","BR","BS","BT","BV","BW","BY","BZ","CA","CC","CD","CF","CG","CH","CI","CK","CL","CM","CN","CO","CR","CU","CV","CW","CX","CY","CZ","DE","DJ","DK","DM","DO","DZ","EC","EE","EG","EH","ER","ES","ET","FI","FJ","FK","FM","FO","FR","GA","GB","GD","GE","GF","GG","GH","GI","GL","GM","GN","GP","GQ","GR","GS","GT","GU","GW","GY","HK","HM","HN","HR","HT","HU","ID","IE","IL","IM","IN","IO","IQ","IR","IS","IT","JE","JM","JO","JP","KE","KG","KH","KI","KM","KN","KP","KR","KW","KY","KZ","LA","LB","LC","LI","LK","LR","LS","LT","LU","LV","LY","MA","MC","MD","ME","MF","MG","MH","MK","ML","MM","MN","MO","MP","MQ","MR","MS","MT","MU","MV","MW","MX","MY","MZ","NA","NC","NE","NF","NG","NI","NL","NO","NP","NR","NU","NZ","OM","PA","PE","PF","PG","PH","PK","PL","PM","PN","PR","PS","PT","PW","PY","QA","RE","RO","RS","RU","RW","SA","SB","SC","SD","SE","SG","SH","SI","SJ","SK","SL","SM","SN","SO","SR","SS","ST","SV","SX","SY","SZ","TC","TD","TF","TG","TH","TJ","TK","TL","TM","TN","TO","TR","TT","TV","TW","TZ","UA","UG","UM","US","UY","UZ","VA","VC","VE","VG","VI","VN","VU","WF","WS","XK","YE","YT","ZA","ZM","ZW"]);
const CODES6 = new Set(["unknown","notAsked","declinedToAnswer","notApplicable","withheldForSafety"]);
const CODES7 = new Set(["Active","FollowUp","Closed","ClosedReferred"]);
const CODES8 = new Set(["PossibleVictimOfTrafficking","ActualVictimOfTrafficking","NotAVictimOfTrafficking"]);
const CODES9 = new Set(["Police","NGO","CourtOrProsecution","NonPoliceGovernmentalOrganization","Other"]);
const PATTERN10 = new RegExp("^[0-9]{4}-(0[1-9]|1[0-2])$", "u");
const CODES11 = new Set(["ForcedLabour","SexualExploitation","ChildLabour","ForcedMarriage","Servitude","ForcedMilitaryByNonStateActors","OrganRemoval","ForcedBegging","ForcedAdoption","Surrogacy","ForcedCriminality","Other"]);
const CODES12 = new Set(["ForcedScamming","ForcedDrugCultivationOrDealing","ForcedTheftOrShoplifting","ForcedMoneyMuling","Other"]);
const CODES13 = new Set(["Prostitution","Pornography","RemoteInteractiveServices","PrivateSexualServices","SexualExploitationOfChildrenInProstitution","ChildSexualAbuseMaterial","LiveOnlineChildSexualAbuse","SexualExtortionOfChildren"]);
const CODES14 = new Set(["A_AgricultureForestryAndFishing","B_MiningAndQuarrying","C_Manufacturing","D_ElectricityGasSteamAndAirConditioningSupply","E_WaterSupplySewerageWasteManagement","F_Construction","G_WholesaleAndRetailTradeRepairOfMotorVehicles","H_TransportationAndStorage","I_AccommodationAndFoodServiceActivities","J_InformationAndCommunication","K_FinancialAndInsuranceActivities","L_RealEstateActivities","M_ProfessionalScientificAndTechnicalActivities","N_AdministrativeAndSupportServiceActivities","O_PublicAdministrationAndDefence","P_Education","Q_HumanHealthAndSocialWorkActivities","R_ArtsEntertainmentAndRecreation","S_OtherServiceActivities","T_ActivitiesOfHouseholdsAsEmployers","U_ActivitiesOfExtraterritorialOrganizations"]);
const CODES15 = new Set(["forcedProstitution","fishing","domesticServitude","construction","manufacturingTextileApparel","agriculturePlantation","scamLabourCamp","childSexualExploitation","moneyMuleOperation","forcedBegging","organRemoval","other"]);
const CODES16 = new Set(["recruitment","transit","exploitation","proceedsOrigin","proceedsDestination","companyRegistration","compoundLocation"]);
const PATTERN17 = new RegExp("^[A-Z]{2}-[A-Z0-9]{1,3}$", "u");
const CODES18 = new Set(["1","2-5","6-10","11-50","51-100","101+","101-500","501-1000","1001-5000","5001+"]);
const CODES19 = new Set(["AED","AFN","ALL","AMD","ANG","AOA","ARS","AUD","AWG","AZN","BAM","BBD","BDT","BGN","BHD","BIF","BMD","BND","BOB","BOV","BRL","BSD","BTN","BWP","BYN","BZD","CAD","CDF","CHE","CHF","CHW","CLF","CLP","CNY","COP","COU","CRC","CUC","CUP","CVE","CZK","DJF","DKK","DOP","DZD","EGP","ERN","ETB","EUR","FJD","FKP","GBP","GEL","GHS","GIP","GMD","GNF","GTQ","GYD","HKD","HNL","HRK","HTG","HUF","IDR","ILS","INR","IQD","IRR","ISK","JMD","JOD","JPY","KES","KGS","KHR","KMF","KPW","KRW","KWD","KYD","KZT","LAK","LBP","LKR","LRD","LSL","LYD","MAD","MDL","MGA","MKD","MMK","MNT","MOP","MRU","MUR","MVR","MWK","MXN","MXV","MYR","MZN","NAD","NGN","NIO","NOK","NPR","NZD","OMR","PAB","PEN","PGK","PHP","PKR","PLN","PYG","QAR","RON","RSD","RUB","RWF","SAR","SBD","SCR","SDG","SEK","SGD","SHP","SLE","SLL","SOS","SRD","SSP","STN","SVC","SYP","SZL","THB","TJS","TMT","TND","TOP","TRY","TTD","TWD","TZS","UAH","UGX","USD","USN","UYI","UYU","UYW","UZS","VED","VES","VND","VUV","WST","XAF","XAG","XAU","XBA","XBB","XBC","XBD","XCD","XCG","XDR","XOF","XPD","XPF","XPT","XSU","XTS","XUA","XXX","YER","ZAR","ZMW","ZWG","ZWL"]);
const CODES20 = new Set(["lt100","100-499","500-999","1000-2999","3000-9999","10000-49999","50000-249999","250000-999999","ge1000000"]);
const CODES21 = new Set(["perTransaction","perDay","perWeek","perMonth","total"]);
const CODES22 = new Set(["TLP:RED","TLP:AMBER+STRICT","TLP:AMBER","TLP:GREEN","TLP:CLEAR"]);
const FORMAT23 = /^(?:\/(?:[^~/]|~0|~1)*)*$/;
const PATTERN24 = new RegExp("^(/([^~/]|~[01])*)+$", "u");
const CODES25 = new Set(["investigation","transactionMonitoringTuning","detectionModelTraining","customerDueDiligence","victimSupport","strategicAnalysis","research","staffTraining","other"]);
const CODES26 = new Set(["prohibited","withinOrganisation","withOriginatorApproval","perTLP"]);
const CODES27 = new Set(["consent","contract","legalObligation","vitalInterests","publicTask","legitimateInterests","lawEnforcementDirective","other"]);
const CODES28 = new Set(["explicitConsent","vitalInterests","substantialPublicInterest","legalClaims","healthOrSocialCare","researchAndStatistics","officialAuthority","other"]);
const CODES29 = new Set(["P","C"]);
const CODES30 = new Set(["KEEP","DROP","BAND","GEO","DATE","HMAC","PSEUDO","TRUNC","KSUP","FREE"]);
const CODES31 = new Set(["explicitConsent","assentWithGuardianConsent","consentRefused","consentWithdrawn","notSoughtOtherLegalBasis","notPossible"]);
const CODES32 = new Set(["shareWithFinancialInstitutions","shareWithLawEnforcement","shareWithFiu","shareWithSupportOrganisations","aggregateResearchOnly","detectionModelTraining","recontactPermitted","other"]);
const CODES33 = new Set(["written","verbal","electronic","other"]);
const CODES34 = new Set(["survivorInterview","survivorDocuments","helplineContact","caseManagementRecord","lawEnforcementInvestigation","courtRecord","financialInstitutionData","fiuDissemination","openSource","thirdPartyReferral","other"]);
const CODES35 = new Set(["1","2","3"]);
const CODES36 = new Set(["A","B","C","D","E"]);
const CODES37 = new Set(["A","B","C","D","E","F"]);
const CODES38 = new Set(["1","2","3","4","5","6"]);
const PATTERN39 = new RegExp("^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$", "u");
const CODES40 = new Set(["victim","perpetrator","facilitator","victimAndPerpetrator","witness","familyMemberOfVictim","scamVictim","other"]);
const CODES41 = new Set(["TravellingPartner","Transporter","RecruiterOrIntermediary","BrokerTravelAgent","TransferredIndividual","HarbouredIndividual","SoldIndividual","BoughtIndividual","ReceivedIndividual","ControlledIndividual","Smuggler","Abuser","Kidnapper","Exploiter","Financier","MoneyLaunderer","AccountController","CashCollector","DebtHolder","LabourBroker","Employer","Landlord","NomineeDirector","ProfessionalEnabler","PaymentAgent","CorruptOfficial","MoneyMuleRecruiter","Other"]);
const CODES42 = new Set(["0-8","9-17","18-20","21-23","24-26","27-29","30-38","39-47","48+"]);
const CODES43 = new Set(["Feminine","Masculine","TransgenderFeminine","TransgenderMasculine","NonConforming"]);
const CODES44 = new Set(["FamilyMigrant","VisitorTouristMigrant","LabourMigrant","StudentMigrant","IrregularMigrant","Other"]);
const CODES45 = new Set(["AsylumSeeker","Refugee","ComplementaryProtection","StatelessPerson"]);
const CODES46 = new Set(["EnvironmentalMigrant","VulnerableMigrant","StrandedMigrant","ForcedMigrant","Deportee","ExCombatant","InternallyDisplacedPerson","SeparatedOrUnaccompaniedChild","Returnee"]);
const CODES47 = new Set(["Familial","Acquainted","Unacquainted","IntimatePartner","Employer","Recruiter"]);
const CODES48 = new Set(["NoFormalEducation","EarlyChildhoodEducation","PrimaryEducation","LowerSecondaryEducation","UpperSecondaryEducation","PostSecondaryNonTertiaryEducation","ShortCycleTertiaryEducation","BachelorsOrEquivalentLevel","MastersOrEquivalentLevel","DoctoralOrEquivalentLevel"]);
const CODES49 = new Set(["managers","professionals","techniciansAndAssociateProfessionals","clericalSupportWorkers","serviceAndSalesWorkers","skilledAgriculturalForestryFisheryWorkers","craftAndRelatedTradesWorkers","plantAndMachineOperatorsAssemblers","elementaryOccupations","armedForcesOccupations","student","unemployed","homemaker","retired"]);
const CODES50 = new Set(["phoneE164","email","passportNumber","nationalId","socialMediaHandle","messagingHandle","deviceId","ipAddress","postalAddress","other"]);
const CODES51 = new Set(["suspected","arrested","charged","convicted","acquitted","proceedingsDiscontinued","deceased","other"]);
const CODES52 = new Set(["unSecurityCouncil","usOfac","usFincen311","ukOfsi","euCouncil","auDfat","caGlobalAffairs","other"]);
const CODES53 = new Set(["inForce","proposed","lifted"]);
const PATTERN54 = new RegExp("^[a-z]{2,3}$", "u");
const CODES55 = new Set(["phone","email","postalAddress","identityNumber"]);
const CODES56 = new Set(["employer","siteOfExploitation","recruitmentAgency","labourHireContractor","manningAgency","shellCompany","accommodationProvider","transportProvider","advertisingPlatform","paymentServiceProvider","moneyServiceBusiness","virtualAssetServiceProvider","bank","casinoOrGaming","scamCompoundOperator","studentRecruitmentAgency","corporateServiceProvider","buyerInSupplyChain","supportOrganisation","placeOfRecruitment","other"]);
const CODES57 = new Set(["massageParlourSpa","nailSalon","karaokeBarNightclub","restaurant","carWash","cleaningCompany","constructionSubcontractor","employmentAgency","travelAgency","hotelGuesthouse","onlineGamingCasino","escortAgency","stripClub","modellingAgency","seafoodProcessor","fishingManningAgent","other"]);
const CODES58 = new Set(["soleTrader","partnership","privateCompany","publicCompany","ngo","trust","cooperative","government","unregistered","other"]);
const CODES59 = new Set(["licensed","unlicensed","licenceRevoked"]);
const CODES60 = new Set(["noPayroll","farBelowExpected","belowExpected","consistent"]);
const CODES61 = new Set(["shareholding","votingRights","appointmentOfBoard","otherInfluenceOrControl","seniorManagingOfficial","settlor","trustee","protector","beneficiaryOfLegalArrangement","rightsToProfitOrIncome","rightsGrantedByContract","boardMember","unknownInterest"]);
const CODES62 = new Set(["direct","indirect"]);
const CODES63 = new Set(["AtAPlaceOfBusiness","AtAnEducationalInstitution","AtWork","ThroughOnlineSocialNetworks","ThroughAnOnlineAdvertisement","ThroughATelevisionAdvert","ThroughANewspaperAdvert","ThroughFamilyOrFamilyEvents","ThroughFriendsOrSocialEvents","Other"]);
const CODES64 = new Set(["recruiterIndividual","agencyInOriginCountry","agencyInDestinationCountry","employer","broker","other"]);
const CODES65 = new Set(["cashHandover","cashDepositBranch","cashDepositAtm","thirdPartyCashDeposit","cashWithdrawal","bankTransferDomestic","bankTransferInternational","instantP2P","cheque","cardPayment","prepaidCardLoad","moneyOrder","msbRemittance","mobileMoney","cryptoOnChain","cryptoAtm","cryptoOtc","thirdPartyPaymentProcessor","informalValueTransfer","giftCards","casinoChipsOrGamingAccount","inKind","payrollCard","other"]);
const CODES66 = new Set(["travel","lodging","visaOrWorkPermit","passportOrDocuments","medicalExam","insurance","skillsTestOrTraining","equipmentOrUniform","administrativeFee","other"]);
const CODES67 = new Set(["ownSavings","familyLoan","informalMoneylender","recruiterAdvance","employerAdvance","bankLoan","microfinanceLoan","assetPledge","other"]);
const CODES68 = new Set(["victim","victimFamily","recruiterOrAgency","employer","other"]);
const CODES69 = new Set(["accommodation","food","transport","equipmentOrUniform","agencyFee","visaOrPermitFees","debtRepayment","fines","protectionFee","other"]);
const CODES70 = new Set(["lt25","25-49","50-74","ge75"]);
const CODES71 = new Set(["employer","recruiterOrAgency","controller","landlord","other"]);
const CODES72 = new Set(["holdsCardAndPin","holdsOnlineBankingCredentials","holdsOtpDeviceOrSim","holdsPassbookOrChequebook","jointAccountWithController","controllerIsSignatoryOrAttorney","phoneConfiscated","forcedWithdrawalAndHandover","salaryRedirected","other"]);
const CODES73 = new Set(["victimFreely","victimAccompaniedByThirdParty","thirdPartyOnVictimsBehalf","employerOrAgencyBulkOpening","victimUnaware","other"]);
const CODES74 = new Set(["notPaid","paidPartially","paidLessThanPromised","paidIrregularly","paidInFull"]);
const CODES75 = new Set(["lt1m","1-3m","3-6m","6-12m","gt12m"]);
const CODES76 = new Set(["victim","employer","recruiterOrAgency","controller","victimFamily","other"]);
const CODES77 = new Set(["notAllowed","controlledByOther","madeByOtherOnVictimsBehalf","allowedSmallAmounts","free"]);
const CODES78 = new Set(["PhysicalThreats","ThreatsLawEnforcement","ThreatensChildrenFamily","PhysicalAbuse","SexualAbuse","RestrictsMedicalCare","WithholdsNecessities","PsychologicalAbuse","PsychoactiveSubstance","ExcessiveWorkingHours","RestrictsMovement","UsesChildren","Other"]);
const CODES79 = new Set(["unwitting","deceived","coerced","complicitUnderDuress"]);
const CODES80 = new Set(["cashDeposit","cashWithdrawal","domesticTransfer","internationalTransfer","remittanceSend","remittanceReceive","cryptoPurchase","cryptoTransfer","cardPurchases","prepaidCardLoad","chequeCashing","receiveFundsForOthers","other"]);
const CODES81 = new Set(["0","1","2-3","4-10","11+"]);
const CODES82 = new Set(["personalLoan","creditCard","overdraft","buyNowPayLater","vehicleFinance","mortgage","paydayLoan","phoneContract","utilityContract","other"]);
const CODES83 = new Set(["director","shareholder","beneficialOwner","soleTrader","other"]);
const CODES84 = new Set(["vehicle","property","simCard","hotelBooking","rentalLease","other"]);
const CODES85 = new Set(["itDeveloper","customerService","hrRecruiter","translator","marketingSales","casinoHotelStaff","dataEntry","other"]);
const CODES86 = new Set(["romanceInvestmentPigButchering","cryptoInvestment","impersonation","illegalGambling","phishingSmishing","loanOrJobScam","moneyLaunderingTasks","sextortion","other"]);
const CODES87 = new Set(["0","1","2","3+"]);
const CODES88 = new Set(["contractWage","promisedWage","statutoryMinimumWage","collectiveAgreementRate","courtOrTribunalFinding","victimsOwnAccount","other"]);
const CODES89 = new Set(["cifasNationalFraudDatabase","cifasInternalFraudDatabase","otherSharedFraudDatabase","institutionInternalList","other"]);
const CODES90 = new Set(["recruitmentFee","travelCosts","visaOrDocuments","accommodation","food","trainingFee","finesPenalties","purchasePriceResale","advanceToFamily","medical","ransom","loanShark","gamblingDebt","other"]);
const CODES91 = new Set(["noInterest","fixedRate","usuriousRate"]);
const CODES92 = new Set(["lt1","1-2","3-4","5-9","10-19","ge20"]);
const CODES93 = new Set(["recruiterOrAgency","employer","controller","moneylender","formalLender","collectionAgency","familyOfTrafficker","other"]);
const CODES94 = new Set(["noAgreement","verbal","iou","signedBlankDocument","postDatedCheque","loanContract","salaryAssignment","other"]);
const CODES95 = new Set(["wageDeduction","cashHandover","transferToCreditorAccount","remittanceByFamily","labourInKind","other"]);
const CODES96 = new Set(["individual","joint","business","nominee","trustOrNonProfit","other"]);
const CODES97 = new Set(["currentAccount","savingsAccount","businessAccount","eMoneyOrPaymentAccount","mobileMoneyWallet","prepaidCard","payrollCard","debitCard","creditCard","loanAccount","custodialCryptoAccount","selfHostedCryptoWallet","remittanceCustomerProfile","gamingAccount","informalValueTransferRelationship","other"]);
const CODES98 = new Set(["bank","creditUnionCooperative","microfinanceInstitution","eMoneyOrPaymentInstitution","mobileMoneyOperator","moneyServiceBusinessRemittance","virtualAssetServiceProvider","otcCryptoDesk","casinoOrGaming","pawnshop","postalService","hawalaOrInformal","thirdPartyPaymentProcessor","other"]);
const CODES99 = new Set(["iban","accountNumber","pan","walletAddress","mobileMoneyNumber","bic","abaRoutingNumber","upiVpa","pixKey","appHandle","other"]);
const PATTERN100 = new RegExp("^\\S+$", "u");
const CODES101 = new Set(["centralisedExchange","noKycExchange","otcDesk","p2pMerchant","guaranteeMarketplace","gamblingService","mixer","bridge","swapOrDex","paymentProcessor","darknetMarket","scamOperation","sanctionedEntity","selfHostedUnattributed","other"]);
const CODES102 = new Set(["active","restricted","frozen","closed","exitedByInstitution","other"]);
const CODES103 = new Set(["receivingWages","collectingVictimEarnings","receivingSexBuyerPayments","receivingPaymentsForChildSexualAbuse","payingForChildSexualAbuse","receivingSextortionPayments","payingAdvertising","payingAccommodation","payingTransport","layering","cashOut","receivingScamVictimFunds","payingRecruitmentFees","remittingAbroad","payingRansom","other"]);
const CODES104 = new Set(["businessHours","evening","night","earlyMorning"]);
const CODES105 = new Set(["branchCounter","atm","agentOutlet","cryptoKiosk","onlineBanking","mobileApp","ussdOrSms","pointOfSale","cardNotPresent","telephone","other"]);
const CODES106 = new Set(["oneOff","daily","weekly","fortnightly","monthly","irregular"]);
const CODES107 = new Set(["sameDay","oneToTwoDays","threeToSevenDays","moreThanSevenDays"]);
const CODES108 = new Set(["victimIn","victimOut","onVictimsBehalf","throughVictimAccount","notVictimRelated"]);
const CODES109 = new Set(["cashPickUp","accountCredit","mobileWalletCredit","cardCredit","homeDelivery","other"]);
const CODES110 = new Set(["advertisingOnlineClassified","advertisingSocialMedia","advertisingJobAds","webHostingOrDomains","accommodationHotelMotel","accommodationShortTermRental","rentResidential","transportAir","transportBusRail","transportTaxiRideshare","fuel","visaTravelDocuments","recruitmentOrPlacementFee","relatedRecruitmentCost","wageSalary","wageAdvance","wageDeduction","debtRepayment","ransomOrReleasePayment","purchaseOrSaleOfPerson","clientPaymentForServices","paymentForChildSexualAbuse","sextortionPayment","scamVictimFunds","remittanceToFamily","briberyCorruption","protectionPayment","foodProvisionsBulk","restaurantsTakeaway","clothingCosmeticsBeauty","medicalPharmacy","phoneSimTopUp","equipmentTools","luxurySpending","gambling","investmentRealEstate","vehiclePurchase","cashConsolidation","cryptoConsolidation","loanOrCredit","other"]);
const PATTERN111 = new RegExp("^[0-9]{4}$", "u");
const CODES112 = new Set(["victim","perpetrator","facilitator","victimFamily","employer","recruiterAgency","accommodationProvider","advertisingPlatform","transportProvider","msb","vasp","casino","landlord","governmentBody","sexBuyer","childAbuseOffender","scamVictim","other"]);
const CODES113 = new Set(["Recruitment","Transit","Exploitation","PostExploitationLaundering","Release"]);
const CODES114 = new Set(["mixer","bridge","swapOrDex","privacyCoin","peelChain","other"]);
const CODES115 = new Set(["complete","incomplete","absent","notApplicableSelfHosted","belowThreshold"]);
const CODES116 = new Set(["victimStatement","witnessStatement","receiptOrInvoice","bankStatement","screenshotMessage","seizedLedger","fiRecords","blockchainRecord","courtDocument","other"]);
const CODES117 = new Set(["cashIntensiveFrontBusiness","comminglingWithBusinessRevenue","funnelAccounts","moneyMules","shellCompanies","nomineeDirectors","tradeBased","realEstate","luxuryGoodsVehicles","gamblingCasino","cryptoStablecoins","cryptoMixersBridges","cryptoMixers","cryptoBridgesSwaps","cryptoGuaranteeMarketplace","otcCryptoBrokers","hawalaUndergroundBanking","bulkCashSmuggling","prepaidStoredValue","thirdPartyPaymentProcessors","professionalEnablers","loanBack","other"]);
const CODES118 = new Set(["realEstate","vehicle","cash","bankBalance","cryptoassets","jewelleryLuxury","businessInterest","other"]);
const CODES119 = new Set(["perpetrator","familyMember","victim","nominee","company","other"]);
const CODES120 = new Set(["cashPayment","accountTransfer","cryptoassets","loanOrMortgage","paidByThirdParty","victimFunds","businessFunds","other"]);
const CODES121 = new Set(["01","02","03","04","05","06","07","08","09","10","11","12","13","14","15","16","17","18","19","20","21","22","23","24","25","26","27","28","29","30","31","32","33","34","35","36","37","38","39","40","41","42","43","44","45","46","47","48","49","50","51","52","53","54","55","56","57","58","59","60","61","62","63","64","65","66","67","68","69","70","71","72","73","74","75","76","78","79","80","81","82","83","84","85","86","87","88","89","90","91","92","93","94","95","96","97"]);
const CODES122 = new Set(["overInvoicing","underInvoicing","multipleInvoicing","quantityMisstated","goodsMisdescribed","phantomShipment","other"]);
const PATTERN123 = new RegExp("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$", "u");
const CODES124 = new Set(["observed","suspected","notObserved","notAssessed"]);
const CODES125 = new Set(["ngo","lawEnforcement","financialInstitution","fiu","survivorSelfReport","other"]);
const CODES126 = new Set(["low","medium","high"]);
const CODES127 = new Set(["bank","msb","vasp","otherFI","dnfbp","other"]);
const CODES128 = new Set(["filed","acceptedByFiu","returnedByFiu","disseminated"]);
const CODES129 = new Set(["police","prosecutor","labourInspectorate","immigrationAuthority","taxAuthority","supervisor","foreignFiu","other"]);
const CODES130 = new Set(["us314a","us314b","ukJmlit","auFintelAlliance","caProjectProtect","caProjectShadow","otherPartnership","otherLegalGateway"]);
const CODES131 = new Set(["enhancedDueDiligence","transactionBlocked","accountRestricted","accountFrozen","relationshipExited","fundsReturnedToVictim","other"]);
const CODES132 = new Set(["freeze","seizure","confiscation","returnToVictims","other"]);
const CODES133 = new Set(["criminal","nonConvictionBased","administrative","other"]);
const CODES134 = new Set(["applied","granted","partlyGranted","refused","lifted","withdrawn","completed"]);
const CODES135 = new Set(["insufficientEvidence","noConviction","notRecognisedAsVictim","outOfTime","noAssetsAvailable","claimantUnreachable","ineligibleResidenceStatus","other"]);
const CODES136 = new Set(["investigationOpened","traffickingCharge","moneyLaunderingCharge","conviction","acquittal","noFurtherAction","other"]);
const CODES137 = new Set(["criminalCompensationOrder","civilClaim","stateFund","backPayFromEmployer","confiscatedAssets","remediationByBuyer","other"]);
const CODES138 = new Set(["bankAccountOpened","alternativeCddUsed","survivorInclusionInitiativeReferral","creditRecordRemediation","fraudulentDebtCancelled","financialLiteracySupport","safeRemittanceSetup","other"]);
const CODES139 = new Set(["Education","Financial","Health","LabourExploitationRehabilitation","Legal","Livelihood","RightsBasedTraining","SexualExploitationRehabilitation","SocialCare","Other"]);
const CODES140 = new Set(["AdditionalServicesRequired","MigrationOrChangeOfLocation","Other"]);
const CODES141 = new Set(["muleBankAccounts","vaspAccounts","otcDesks","paymentProcessors","cashCouriers","giftCards","other"]);
const CODES142 = new Set(["victimFamily","victim","ngo","other"]);
const PATTERN143 = new RegExp("^[A-Za-z0-9][A-Za-z0-9:._-]*$", "u");

/** True when no two items of a list of texts are equal. */
function allDifferent(list) {
  if (list.length <= 16) {
    for (let i = 1; i < list.length; i++) for (let j = 0; j < i; j++) if (list[i] === list[j]) return false;
    return true;
  }
  return new Set(list).size === list.length;
}

function checkMissingValue(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "missing":
        if (v !== undefined) {
          if (!((typeof v == "string" && CODES6.has(v)))) return false;
          seen |= 1;
        }
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkCaseReportExploitationTypesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES11.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkCaseReportForcedCriminalityTypesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES12.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkCaseReportSexualExploitationTypesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES13.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkCaseReportExploitationPlatformsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkCaseReportSectorsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES14.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkCaseReportTypologiesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES15.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkCountryInvolvementRolesList(d) {
  if (!(Array.isArray(d) && d.length >= 1)) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES16.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkCountryInvolvement(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "country":
        if (v !== undefined) {
          if (!((typeof v == "string" && CODES5.has(v)))) return false;
          seen |= 1;
        }
        break;
      case "roles":
        if (v !== undefined) {
          if (!checkCountryInvolvementRolesList(v)) return false;
          seen |= 2;
        }
        break;
      case "region":
        if (v !== undefined && !(typeof v == "string" && PATTERN17.test(v))) return false;
        break;
      case "city":
        if (v !== undefined && !(typeof v == "string" && (v.length <= 100 || ucs2length(v) <= 100))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 3) === 3)) return false;
  return true;
}

function checkCaseReportCountriesInvolvedList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkCountryInvolvement(v))) return false;
  }
  return true;
}

function checkMoney(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "amount":
        if (v !== undefined) {
          if (!((typeof v == "number" && isFinite(v)) && !(v < 0))) return false;
          seen |= 1;
        }
        break;
      case "currency":
        if (v !== undefined) {
          if (!((typeof v == "string" && CODES19.has(v)))) return false;
          seen |= 2;
        }
        break;
      case "amountBand":
        if (v !== undefined) {
          if (!((typeof v == "string" && CODES20.has(v)))) return false;
          seen |= 4;
        }
        break;
      case "isEstimate":
        if (v !== undefined && !(typeof v == "boolean")) return false;
        break;
      case "period":
        if (v !== undefined && !((typeof v == "string" && CODES21.has(v)))) return false;
        break;
      default:
        return false;
    }
  }
  if ((seen & 1) !== 0 && !((seen & 2) === 2)) return false;
  if (!(((seen & 1) === 1) || ((seen & 4) === 4))) return false;
  return true;
}

function checkFieldTlp(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "path":
        if (v !== undefined) {
          if (!(typeof v == "string" && FORMAT23.test(v) && PATTERN24.test(v) && (v.length <= 500 || ucs2length(v) <= 500))) return false;
          seen |= 1;
        }
        break;
      case "tlp":
        if (v !== undefined) {
          if (!((typeof v == "string" && CODES22.has(v)))) return false;
          seen |= 2;
        }
        break;
      default:
        return false;
    }
  }
  if (!((seen & 3) === 3)) return false;
  return true;
}

function checkSharingFieldLevelTlpList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkFieldTlp(v))) return false;
  }
  return true;
}

function checkSharingPermittedPurposesList(d) {
  if (!(Array.isArray(d) && d.length >= 1)) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES25.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkSharingSanitisationMethodsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES30.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkSharing(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "tlp":
        if (v !== undefined) {
          if (!((typeof v == "string" && CODES22.has(v)))) return false;
          seen |= 1;
        }
        break;
      case "fieldLevelTlp":
        if (v !== undefined && !checkSharingFieldLevelTlpList(v)) return false;
        break;
      case "permittedPurposes":
        if (v !== undefined) {
          if (!checkSharingPermittedPurposesList(v)) return false;
          seen |= 2;
        }
        break;
      case "onwardSharing":
        if (v !== undefined) {
          if (!((typeof v == "string" && CODES26.has(v)))) return false;
          seen |= 4;
        }
        break;
      case "legalBasis":
        if (v !== undefined && !((((typeof v == "string" && CODES27.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "specialCategoryCondition":
        if (v !== undefined && !((((typeof v == "string" && CODES28.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "statutoryGateway":
        if (v !== undefined && !(typeof v == "string" && (v.length <= 2000 || ucs2length(v) <= 2000))) return false;
        break;
      case "handlingCode3x5x2":
        if (v !== undefined && !((((typeof v == "string" && CODES29.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "handlingConditions":
        if (v !== undefined && !(typeof v == "string" && (v.length <= 2000 || ucs2length(v) <= 2000))) return false;
        break;
      case "retentionUntil":
        if (v !== undefined && !(((typeof v == "string" && isFullDate(v)) || (checkMissingValue(v))))) return false;
        break;
      case "sanitised":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "sanitisationMethods":
        if (v !== undefined && !((checkSharingSanitisationMethodsAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "kAnonymityThreshold":
        if (v !== undefined && !((((typeof v == "number" && !(v % 1) && isFinite(v)) && (!((typeof v == "number" && isFinite(v))) || !(v < 2))) || (checkMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 7) === 7)) return false;
  return true;
}

function checkConsentConsentScopeAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES32.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkConsent(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "consentStatus":
        if (v !== undefined) {
          if (!((((typeof v == "string" && CODES31.has(v))) || (checkMissingValue(v))))) return false;
          seen |= 1;
        }
        break;
      case "consentScope":
        if (v !== undefined && !((checkConsentConsentScopeAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "consentDate":
        if (v !== undefined && !(((typeof v == "string" && isFullDate(v)) || (checkMissingValue(v))))) return false;
        break;
      case "consentForm":
        if (v !== undefined && !((((typeof v == "string" && CODES33.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "consentToInterview":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "informedOfPurpose":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "informedOfDataUse":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "informedOfResearchUse":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "informedOfAccessRight":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "informedOfRetention":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "informedOfWithdrawal":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkProvenanceInformationSourcesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES34.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkProvenance(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "informationSources":
        if (v !== undefined) {
          if (!((checkProvenanceInformationSourcesAnyOf0List(v) || (checkMissingValue(v))))) return false;
          seen |= 1;
        }
        break;
      case "sourceEvaluation3x5x2":
        if (v !== undefined && !((((typeof v == "string" && CODES35.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "intelligenceAssessment3x5x2":
        if (v !== undefined && !((((typeof v == "string" && CODES36.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "admiraltySourceReliability":
        if (v !== undefined && !((((typeof v == "string" && CODES37.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "admiraltyInformationCredibility":
        if (v !== undefined && !((((typeof v == "string" && CODES38.has(v))) || (checkMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkPersonRoleInProcessAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES41.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkPersonCitizenshipAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES5.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkPersonInternationalProtectionStatusAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES45.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkPersonOtherMigrationStatusAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES46.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkPersonIdentifier(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "type":
        if (v !== undefined) {
          if (!((((typeof v == "string" && CODES50.has(v))) || (checkMissingValue(v))))) return false;
          seen |= 2;
        }
        break;
      case "platform":
        if (v !== undefined && !((((typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1))) || (checkMissingValue(v))))) return false;
        break;
      case "value":
        if (v !== undefined) {
          if (!(typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && (v.length <= 320 || ucs2length(v) <= 320))) return false;
          seen |= 16;
        }
        break;
      case "valueHmac":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN3.test(v)))) return false;
          seen |= 4;
        }
        break;
      case "keyId":
        if (v !== undefined) {
          if (!(typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && (v.length <= 100 || ucs2length(v) <= 100))) return false;
          seen |= 8;
        }
        break;
      default:
        return false;
    }
  }
  if (!((seen & 3) === 3)) return false;
  if ((seen & 4) !== 0 && !((seen & 8) === 8)) return false;
  if (!(((seen & 16) === 16) || ((seen & 4) === 4))) return false;
  return true;
}

function checkPersonIdentifiersList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkPersonIdentifier(v))) return false;
  }
  return true;
}

function checkSanctionsDesignation(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "authority":
        if (v !== undefined) {
          if (!((typeof v == "string" && CODES52.has(v)))) return false;
          seen |= 2;
        }
        break;
      case "programme":
        if (v !== undefined && !(typeof v == "string" && (v.length <= 200 || ucs2length(v) <= 200))) return false;
        break;
      case "listName":
        if (v !== undefined && !(typeof v == "string" && (v.length <= 200 || ucs2length(v) <= 200))) return false;
        break;
      case "status":
        if (v !== undefined && !((((typeof v == "string" && CODES53.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "designationDate":
        if (v !== undefined && !(((typeof v == "string" && isFullDate(v)) || (checkMissingValue(v))))) return false;
        break;
      case "delistingDate":
        if (v !== undefined && !(((typeof v == "string" && isFullDate(v)) || (checkMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 3) === 3)) return false;
  return true;
}

function checkPersonSanctionsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkSanctionsDesignation(v))) return false;
  }
  return true;
}

function checkPersonContactDetailsHeldAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES55.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkPersonOrganisationRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkPerson(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "personRole":
        if (v !== undefined) {
          if (!((((typeof v == "string" && CODES40.has(v))) || (checkMissingValue(v))))) return false;
          seen |= 2;
        }
        break;
      case "roleInProcess":
        if (v !== undefined && !((checkPersonRoleInProcessAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "fullName":
        if (v !== undefined && !(typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && (v.length <= 300 || ucs2length(v) <= 300))) return false;
        break;
      case "dateOfBirth":
        if (v !== undefined && !(((typeof v == "string" && isFullDate(v)) || (checkMissingValue(v))))) return false;
        break;
      case "ageBand":
        if (v !== undefined && !((((typeof v == "string" && CODES42.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "minorWhenRecorded":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "minorAtStartOfExploitation":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "gender":
        if (v !== undefined && !((((typeof v == "string" && CODES43.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "citizenship":
        if (v !== undefined && !((checkPersonCitizenshipAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "countryOfResidence":
        if (v !== undefined && !((((typeof v == "string" && CODES5.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "migrantType":
        if (v !== undefined && !((((typeof v == "string" && CODES44.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "internationalProtectionStatus":
        if (v !== undefined && !((checkPersonInternationalProtectionStatusAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "otherMigrationStatus":
        if (v !== undefined && !((checkPersonOtherMigrationStatusAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "relationshipToTrafficker":
        if (v !== undefined && !((((typeof v == "string" && CODES47.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "highestEducationLevel":
        if (v !== undefined && !((((typeof v == "string" && CODES48.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "occupationDeclaredToFI":
        if (v !== undefined && !((((typeof v == "string" && CODES49.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "identifiers":
        if (v !== undefined && !checkPersonIdentifiersList(v)) return false;
        break;
      case "sharedIdentifierWithAds":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "criminalJusticeStatus":
        if (v !== undefined && !((((typeof v == "string" && CODES51.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "sanctionsDesignated":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "sanctions":
        if (v !== undefined && !checkPersonSanctionsList(v)) return false;
        break;
      case "nonPunishmentFlag":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "primaryLanguage":
        if (v !== undefined && !(((typeof v == "string" && PATTERN54.test(v)) || (checkMissingValue(v))))) return false;
        break;
      case "numberOfChildren":
        if (v !== undefined && !((((typeof v == "number" && !(v % 1) && isFinite(v)) && (!((typeof v == "number" && isFinite(v))) || !(v < 0))) || (checkMissingValue(v))))) return false;
        break;
      case "ageBandWhenTrafficked":
        if (v !== undefined && !((((typeof v == "string" && CODES42.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "contactDetailsHeld":
        if (v !== undefined && !((checkPersonContactDetailsHeldAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "organisationRefs":
        if (v !== undefined && !checkPersonOrganisationRefsList(v)) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 3) === 3)) return false;
  return true;
}

function checkCaseReportPersonsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkPerson(v))) return false;
  }
  return true;
}

function checkOrganisationOrgRoleInCaseAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES56.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkOrganisationBeneficialOwnerRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkOwnershipOrControlInterestTypesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES61.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkOwnershipOrControl(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "interestedPartyRef":
        if (v !== undefined && !((typeof v == "string" && PATTERN39.test(v)))) return false;
        break;
      case "interestTypes":
        if (v !== undefined && !((checkOwnershipOrControlInterestTypesAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "directOrIndirect":
        if (v !== undefined && !((((typeof v == "string" && CODES62.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "shareMinimum":
        if (v !== undefined && !((((typeof v == "number" && isFinite(v)) && !(v < 0) && !(v > 100)) || (checkMissingValue(v))))) return false;
        break;
      case "shareMaximum":
        if (v !== undefined && !((((typeof v == "number" && isFinite(v)) && !(v < 0) && !(v > 100)) || (checkMissingValue(v))))) return false;
        break;
      case "isNominee":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "nominatorRef":
        if (v !== undefined && !((typeof v == "string" && PATTERN39.test(v)))) return false;
        break;
      case "isBeneficialOwnershipOrControl":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "interestStart":
        if (v !== undefined && !((((typeof v == "string" && PATTERN10.test(v))) || (checkMissingValue(v))))) return false;
        break;
      case "interestEnd":
        if (v !== undefined && !((((typeof v == "string" && PATTERN10.test(v))) || (checkMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkOrganisationOwnershipList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkOwnershipOrControl(v))) return false;
  }
  return true;
}

function checkOrganisationSanctionsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkSanctionsDesignation(v))) return false;
  }
  return true;
}

function checkOrganisation(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "orgRoleInCase":
        if (v !== undefined) {
          if (!((checkOrganisationOrgRoleInCaseAnyOf0List(v) || (checkMissingValue(v))))) return false;
          seen |= 2;
        }
        break;
      case "isFrontBusiness":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "frontBusinessType":
        if (v !== undefined && !((((typeof v == "string" && CODES57.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "sector":
        if (v !== undefined && !((((typeof v == "string" && CODES14.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "countryOfRegistration":
        if (v !== undefined && !((((typeof v == "string" && CODES5.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "legalForm":
        if (v !== undefined && !((((typeof v == "string" && CODES58.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "name":
        if (v !== undefined && !(typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && (v.length <= 300 || ucs2length(v) <= 300))) return false;
        break;
      case "registrationNumber":
        if (v !== undefined && !(typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && (v.length <= 100 || ucs2length(v) <= 100))) return false;
        break;
      case "registrationNumberHmac":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN3.test(v)))) return false;
          seen |= 4;
        }
        break;
      case "registrationNumberKeyId":
        if (v !== undefined) {
          if (!(typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && (v.length <= 100 || ucs2length(v) <= 100))) return false;
          seen |= 8;
        }
        break;
      case "licensedRecruiter":
        if (v !== undefined && !((((typeof v == "string" && CODES59.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "declaredWorkforceBand":
        if (v !== undefined && !((((typeof v == "string" && CODES18.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "observedWorkerBand":
        if (v !== undefined && !((((typeof v == "string" && CODES18.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "payrollObserved":
        if (v !== undefined && !((((typeof v == "string" && CODES60.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "workersSharedAddress":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "cashIntensive":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "beneficialOwnerRefs":
        if (v !== undefined && !checkOrganisationBeneficialOwnerRefsList(v)) return false;
        break;
      case "ownership":
        if (v !== undefined && !checkOrganisationOwnershipList(v)) return false;
        break;
      case "sanctionsDesignated":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "sanctions":
        if (v !== undefined && !checkOrganisationSanctionsList(v)) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 3) === 3)) return false;
  if ((seen & 4) !== 0 && !((seen & 8) === 8)) return false;
  return true;
}

function checkCaseReportOrganisationsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkOrganisation(v))) return false;
  }
  return true;
}

function checkVictimProfilePersonRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkRecruitmentRecruitmentMethodsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES63.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkRecruitmentRecruitmentPlatformsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkRecruitmentRelatedCostsChargedAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES66.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkRecruitmentFeeFinancedByAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES67.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkRecruitmentWageDeductionsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES69.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkRecruitment(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "recruitmentMethods":
        if (v !== undefined && !((checkRecruitmentRecruitmentMethodsAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "recruitmentPlatforms":
        if (v !== undefined && !((checkRecruitmentRecruitmentPlatformsAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "falsePromisesMade":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "promisedPay":
        if (v !== undefined && !((((checkMoney(v)) || (checkMissingValue(v)))))) return false;
        break;
      case "actualPay":
        if (v !== undefined && !((((checkMoney(v)) || (checkMissingValue(v)))))) return false;
        break;
      case "contractSubstitution":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "recruitmentFeeCharged":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "recruitmentFee":
        if (v !== undefined && !((((checkMoney(v)) || (checkMissingValue(v)))))) return false;
        break;
      case "recruitmentFeePaidTo":
        if (v !== undefined && !((((typeof v == "string" && CODES64.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "recruitmentFeePaymentMethod":
        if (v !== undefined && !((((typeof v == "string" && CODES65.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "relatedCostsCharged":
        if (v !== undefined && !((checkRecruitmentRelatedCostsChargedAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "feeFinancedBy":
        if (v !== undefined && !((checkRecruitmentFeeFinancedByAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "travelPaidBy":
        if (v !== undefined && !((((typeof v == "string" && CODES68.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "wageDeductions":
        if (v !== undefined && !((checkRecruitmentWageDeductionsAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "deductionShareBand":
        if (v !== undefined && !((((typeof v == "string" && CODES70.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "ransomDemanded":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkFinancialControlAppliesToPersonRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkFinancialControlDocumentsHeldByAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES71.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkFinancialControlDocumentsHeldByRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkFinancialControlAccountControlMethodsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES72.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkFinancialControlOtherMethodsOfControlAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES78.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkFinancialControl(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "appliesToPersonRefs":
        if (v !== undefined && !checkFinancialControlAppliesToPersonRefsList(v)) return false;
        break;
      case "debtBondage":
        if (v !== undefined) {
          if (!((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
          seen |= 1;
        }
        break;
      case "takesEarnings":
        if (v !== undefined) {
          if (!((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
          seen |= 2;
        }
        break;
      case "restrictsFinancialAccess":
        if (v !== undefined) {
          if (!((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
          seen |= 4;
        }
        break;
      case "withholdsDocuments":
        if (v !== undefined) {
          if (!((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
          seen |= 8;
        }
        break;
      case "documentsHeldBy":
        if (v !== undefined && !((checkFinancialControlDocumentsHeldByAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "documentsHeldByRefs":
        if (v !== undefined && !checkFinancialControlDocumentsHeldByRefsList(v)) return false;
        break;
      case "accountControlledByOther":
        if (v !== undefined) {
          if (!((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
          seen |= 16;
        }
        break;
      case "accountControlMethods":
        if (v !== undefined && !((checkFinancialControlAccountControlMethodsAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "accountOpenedBy":
        if (v !== undefined && !((((typeof v == "string" && CODES73.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "victimHadIndependentAccess":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "wagesPaid":
        if (v !== undefined && !((((typeof v == "string" && CODES74.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "wagesWithheldDuration":
        if (v !== undefined && !((((typeof v == "string" && CODES75.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "wagePaymentMethod":
        if (v !== undefined && !((((typeof v == "string" && CODES65.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "wageRecipient":
        if (v !== undefined && !((((typeof v == "string" && CODES76.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "remittancesToFamily":
        if (v !== undefined && !((((typeof v == "string" && CODES77.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "remittanceChannel":
        if (v !== undefined && !((((typeof v == "string" && CODES65.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "finesImposed":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "fines":
        if (v !== undefined && !((((checkMoney(v)) || (checkMissingValue(v)))))) return false;
        break;
      case "forcedPurchases":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "victimBankedBeforeExploitation":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "otherMethodsOfControl":
        if (v !== undefined && !((checkFinancialControlOtherMethodsOfControlAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 31) === 31)) return false;
  return true;
}

function checkVictimFinancialMisuseTransactionsForcedToConductAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES80.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkVictimFinancialMisuseAccountsOpenedInVictimNameByAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES73.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkVictimFinancialMisuseCreditInVictimNameAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES82.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkVictimFinancialMisuseVictimCompanyRoleAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES83.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkVictimFinancialMisuseAssetsRegisteredInVictimNameAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES84.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkVictimFinancialMisuseAppliesToPersonRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkVictimFinancialMisuse(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "usedAsMoneyMule":
        if (v !== undefined) {
          if (!((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
          seen |= 1;
        }
        break;
      case "muleAwareness":
        if (v !== undefined && !((((typeof v == "string" && CODES79.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "transactionsForcedToConduct":
        if (v !== undefined && !((checkVictimFinancialMisuseTransactionsForcedToConductAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "accountsOpenedInVictimNameBand":
        if (v !== undefined && !((((typeof v == "string" && CODES81.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "accountsOpenedInVictimNameBy":
        if (v !== undefined && !((checkVictimFinancialMisuseAccountsOpenedInVictimNameByAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "creditInVictimName":
        if (v !== undefined && !((checkVictimFinancialMisuseCreditInVictimNameAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "creditInVictimNameAmount":
        if (v !== undefined && !((((checkMoney(v)) || (checkMissingValue(v)))))) return false;
        break;
      case "benefitsOrTaxFraudInVictimName":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "companyRegisteredInVictimName":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "victimCompanyRole":
        if (v !== undefined && !((checkVictimFinancialMisuseVictimCompanyRoleAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "assetsRegisteredInVictimName":
        if (v !== undefined && !((checkVictimFinancialMisuseAssetsRegisteredInVictimNameAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "victimIdentityUsedForCryptoKyc":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "creditRecordDamaged":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "victimPenalisedForLaundering":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "appliesToPersonRefs":
        if (v !== undefined && !checkVictimFinancialMisuseAppliesToPersonRefsList(v)) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkScamCompoundWorkJobAdPlatformsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkScamCompoundWorkTransitCountriesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES5.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkScamCompoundWorkScamTypesForcedAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES86.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkScamCompoundWork(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "jobAdvertisedAs":
        if (v !== undefined && !((((typeof v == "string" && CODES85.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "jobAdPlatforms":
        if (v !== undefined && !((checkScamCompoundWorkJobAdPlatformsAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "transitCountries":
        if (v !== undefined && !((checkScamCompoundWorkTransitCountriesAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "scamTypesForced":
        if (v !== undefined && !((checkScamCompoundWorkScamTypesForcedAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "quotaImposed":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "timesSoldBand":
        if (v !== undefined && !((((typeof v == "string" && CODES87.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "debtIncreasedOnResale":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkSurvivorLosses(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "unpaidWagesOwed":
        if (v !== undefined && !((((checkMoney(v)) || (checkMissingValue(v)))))) return false;
        break;
      case "totalDeductions":
        if (v !== undefined && !((((checkMoney(v)) || (checkMissingValue(v)))))) return false;
        break;
      case "feesAndCostsPaid":
        if (v !== undefined && !((((checkMoney(v)) || (checkMissingValue(v)))))) return false;
        break;
      case "periodWorkedStart":
        if (v !== undefined && !((((typeof v == "string" && PATTERN10.test(v))) || (checkMissingValue(v))))) return false;
        break;
      case "periodWorkedEnd":
        if (v !== undefined && !((((typeof v == "string" && PATTERN10.test(v))) || (checkMissingValue(v))))) return false;
        break;
      case "hoursWorkedPerWeek":
        if (v !== undefined && !((((typeof v == "number" && !(v % 1) && isFinite(v)) && (!((typeof v == "number" && isFinite(v))) || !(v < 0) && !(v > 168))) || (checkMissingValue(v))))) return false;
        break;
      case "calculationBasis":
        if (v !== undefined && !((((typeof v == "string" && CODES88.has(v))) || (checkMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkPenaltiesSufferedFraudMarkerDatabasesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES89.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkPenaltiesSuffered(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "arrested":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "charged":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "convicted":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "finedByAuthorities":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "accountsClosed":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "fraudMarkerRecorded":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "fraudMarkerDatabases":
        if (v !== undefined && !((checkPenaltiesSufferedFraudMarkerDatabasesAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkVictimProfile(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "personRefs":
        if (v !== undefined && !checkVictimProfilePersonRefsList(v)) return false;
        break;
      case "recruitment":
        if (v !== undefined && !(checkRecruitment(v))) return false;
        break;
      case "financialControl":
        if (v !== undefined) {
          if (!(checkFinancialControl(v))) return false;
          seen |= 2;
        }
        break;
      case "victimFinancialMisuse":
        if (v !== undefined) {
          if (!(checkVictimFinancialMisuse(v))) return false;
          seen |= 4;
        }
        break;
      case "scamCompoundWork":
        if (v !== undefined && !(checkScamCompoundWork(v))) return false;
        break;
      case "losses":
        if (v !== undefined && !(checkSurvivorLosses(v))) return false;
        break;
      case "penalties":
        if (v !== undefined && !(checkPenaltiesSuffered(v))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 7) === 7)) return false;
  return true;
}

function checkCaseReportVictimProfilesList(d) {
  if (!(Array.isArray(d) && d.length >= 1)) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkVictimProfile(v))) return false;
  }
  return true;
}

function checkDebtOriginsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES90.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkDebtRepaymentMethodsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES95.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkDebt(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "debtorRef":
        if (v !== undefined && !((typeof v == "string" && PATTERN39.test(v)))) return false;
        break;
      case "origins":
        if (v !== undefined && !((checkDebtOriginsAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "initialAmount":
        if (v !== undefined && !((((checkMoney(v)) || (checkMissingValue(v)))))) return false;
        break;
      case "currentAmount":
        if (v !== undefined && !((((checkMoney(v)) || (checkMissingValue(v)))))) return false;
        break;
      case "arbitrarilyIncreased":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "interestApplied":
        if (v !== undefined && !((((typeof v == "string" && CODES91.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "interestRateBand":
        if (v !== undefined && !((((typeof v == "string" && CODES92.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "creditorType":
        if (v !== undefined && !((((typeof v == "string" && CODES93.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "creditorRef":
        if (v !== undefined && !((typeof v == "string" && PATTERN39.test(v)))) return false;
        break;
      case "instrument":
        if (v !== undefined && !((((typeof v == "string" && CODES94.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "soldOrAssigned":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "repaymentMethods":
        if (v !== undefined && !((checkDebtRepaymentMethodsAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkCaseReportDebtsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkDebt(v))) return false;
  }
  return true;
}

function checkAccountHolderRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAccountControllerRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAccountIdentifier(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "scheme":
        if (v !== undefined) {
          if (!((((typeof v == "string" && CODES99.has(v))) || (checkMissingValue(v))))) return false;
          seen |= 2;
        }
        break;
      case "value":
        if (v !== undefined) {
          if (!(typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && (v.length <= 200 || ucs2length(v) <= 200))) return false;
          seen |= 4;
        }
        break;
      case "valueHmac":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN3.test(v)))) return false;
          seen |= 8;
        }
        break;
      case "truncated":
        if (v !== undefined) {
          if (!(typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && (v.length <= 64 || ucs2length(v) <= 64))) return false;
          seen |= 16;
        }
        break;
      case "keyId":
        if (v !== undefined && !(typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && (v.length <= 100 || ucs2length(v) <= 100))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 3) === 3)) return false;
  if (!(((seen & 4) === 4) || ((seen & 8) === 8) || ((seen & 16) === 16))) return false;
  return true;
}

function checkAccountIdentifiersList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkAccountIdentifier(v))) return false;
  }
  return true;
}

function checkAccountCryptoAssetsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAccountSharesIdentifiersWithRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAccountObservedUsesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES103.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAccount(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "holderRefs":
        if (v !== undefined && !checkAccountHolderRefsList(v)) return false;
        break;
      case "controllerRefs":
        if (v !== undefined && !checkAccountControllerRefsList(v)) return false;
        break;
      case "holderType":
        if (v !== undefined && !((((typeof v == "string" && CODES96.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "instrumentType":
        if (v !== undefined) {
          if (!((((typeof v == "string" && CODES97.has(v))) || (checkMissingValue(v))))) return false;
          seen |= 2;
        }
        break;
      case "institutionType":
        if (v !== undefined) {
          if (!((((typeof v == "string" && CODES98.has(v))) || (checkMissingValue(v))))) return false;
          seen |= 4;
        }
        break;
      case "institutionName":
        if (v !== undefined && !(typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && (v.length <= 200 || ucs2length(v) <= 200))) return false;
        break;
      case "institutionIdentifier":
        if (v !== undefined && !(typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && (v.length <= 100 || ucs2length(v) <= 100))) return false;
        break;
      case "institutionCountry":
        if (v !== undefined) {
          if (!((((typeof v == "string" && CODES5.has(v))) || (checkMissingValue(v))))) return false;
          seen |= 8;
        }
        break;
      case "identifiers":
        if (v !== undefined && !checkAccountIdentifiersList(v)) return false;
        break;
      case "walletAddress":
        if (v !== undefined && !(typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && (v.length <= 200 || ucs2length(v) <= 200) && PATTERN100.test(v))) return false;
        break;
      case "cryptoNetwork":
        if (v !== undefined && !((((typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1))) || (checkMissingValue(v))))) return false;
        break;
      case "cryptoAssets":
        if (v !== undefined && !((checkAccountCryptoAssetsAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "walletAttribution":
        if (v !== undefined && !((((typeof v == "string" && CODES101.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "currency":
        if (v !== undefined && !((((typeof v == "string" && CODES19.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "openedPeriod":
        if (v !== undefined && !((((typeof v == "string" && PATTERN10.test(v))) || (checkMissingValue(v))))) return false;
        break;
      case "closedPeriod":
        if (v !== undefined && !((((typeof v == "string" && PATTERN10.test(v))) || (checkMissingValue(v))))) return false;
        break;
      case "accountStatus":
        if (v !== undefined && !((((typeof v == "string" && CODES102.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "sharesIdentifiersWithRefs":
        if (v !== undefined && !checkAccountSharesIdentifiersWithRefsList(v)) return false;
        break;
      case "observedUses":
        if (v !== undefined && !((checkAccountObservedUsesAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 3) === 3)) return false;
  if (((d.instrumentType === undefined || !(d.instrumentType === "selfHostedCryptoWallet"))) && !((seen & 12) === 12)) return false;
  return true;
}

function checkCaseReportAccountsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkAccount(v))) return false;
  }
  return true;
}

function checkTransactionPlace(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "country":
        if (v !== undefined && !((((typeof v == "string" && CODES5.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "region":
        if (v !== undefined && !(((typeof v == "string" && PATTERN17.test(v)) || (checkMissingValue(v))))) return false;
        break;
      case "city":
        if (v !== undefined && !(typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && (v.length <= 100 || ucs2length(v) <= 100))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkIntermediaryInstitution(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "identifier":
        if (v !== undefined && !(typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && (v.length <= 100 || ucs2length(v) <= 100))) return false;
        break;
      case "country":
        if (v !== undefined && !((((typeof v == "string" && CODES5.has(v))) || (checkMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkCryptoDetailsExposureCategoriesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES101.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkCryptoDetailsObfuscationStepsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES114.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkCryptoDetails(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "asset":
        if (v !== undefined && !((((typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1))) || (checkMissingValue(v))))) return false;
        break;
      case "network":
        if (v !== undefined && !((((typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1))) || (checkMissingValue(v))))) return false;
        break;
      case "assetAmount":
        if (v !== undefined && !((((typeof v == "number" && isFinite(v)) && !(v < 0)) || (checkMissingValue(v))))) return false;
        break;
      case "txHash":
        if (v !== undefined && !(typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && (v.length <= 200 || ucs2length(v) <= 200) && PATTERN100.test(v))) return false;
        break;
      case "fromWallet":
        if (v !== undefined && !(typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && (v.length <= 200 || ucs2length(v) <= 200) && PATTERN100.test(v))) return false;
        break;
      case "toWallet":
        if (v !== undefined && !(typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && (v.length <= 200 || ucs2length(v) <= 200) && PATTERN100.test(v))) return false;
        break;
      case "counterpartyWalletAttribution":
        if (v !== undefined && !((((typeof v == "string" && CODES101.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "exposureCategories":
        if (v !== undefined && !((checkCryptoDetailsExposureCategoriesAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "obfuscationSteps":
        if (v !== undefined && !((checkCryptoDetailsObfuscationStepsAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "travelRuleData":
        if (v !== undefined && !((((typeof v == "string" && CODES115.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "viaMixerOrBridge":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "fiatEquivalent":
        if (v !== undefined && !((((checkMoney(v)) || (checkMissingValue(v)))))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkTransactionEvidenceBasisAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES116.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTransaction(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "date":
        if (v !== undefined && !(((typeof v == "string" && isFullDate(v)) || (checkMissingValue(v))))) return false;
        break;
      case "timeOfDayBand":
        if (v !== undefined && !((((typeof v == "string" && CODES104.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "place":
        if (v !== undefined && !(checkTransactionPlace(v))) return false;
        break;
      case "channel":
        if (v !== undefined && !((((typeof v == "string" && CODES105.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "isAggregate":
        if (v !== undefined) {
          if (!(typeof v == "boolean")) return false;
          seen |= 2;
        }
        break;
      case "frequency":
        if (v !== undefined && !((((typeof v == "string" && CODES106.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "count":
        if (v !== undefined && !((((typeof v == "number" && !(v % 1) && isFinite(v)) && (!((typeof v == "number" && isFinite(v))) || !(v < 1))) || (checkMissingValue(v))))) return false;
        break;
      case "periodStart":
        if (v !== undefined && !(((typeof v == "string" && isFullDate(v)) || (checkMissingValue(v))))) return false;
        break;
      case "periodEnd":
        if (v !== undefined && !(((typeof v == "string" && isFullDate(v)) || (checkMissingValue(v))))) return false;
        break;
      case "distinctCounterpartiesCount":
        if (v !== undefined && !((((typeof v == "number" && !(v % 1) && isFinite(v)) && (!((typeof v == "number" && isFinite(v))) || !(v < 1))) || (checkMissingValue(v))))) return false;
        break;
      case "distinctPlacesCount":
        if (v !== undefined && !((((typeof v == "number" && !(v % 1) && isFinite(v)) && (!((typeof v == "number" && isFinite(v))) || !(v < 1))) || (checkMissingValue(v))))) return false;
        break;
      case "dwellTimeBand":
        if (v !== undefined && !((((typeof v == "string" && CODES107.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "amount":
        if (v !== undefined) {
          if (!((((checkMoney(v)) || (checkMissingValue(v)))))) return false;
          seen |= 4;
        }
        break;
      case "fromRef":
        if (v !== undefined && !((typeof v == "string" && PATTERN39.test(v)))) return false;
        break;
      case "toRef":
        if (v !== undefined && !((typeof v == "string" && PATTERN39.test(v)))) return false;
        break;
      case "directionRelativeToVictim":
        if (v !== undefined && !((((typeof v == "string" && CODES108.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "method":
        if (v !== undefined) {
          if (!((((typeof v == "string" && CODES65.has(v))) || (checkMissingValue(v))))) return false;
          seen |= 8;
        }
        break;
      case "rail":
        if (v !== undefined && !((((typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1))) || (checkMissingValue(v))))) return false;
        break;
      case "provider":
        if (v !== undefined && !((((typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1))) || (checkMissingValue(v))))) return false;
        break;
      case "payoutType":
        if (v !== undefined && !((((typeof v == "string" && CODES109.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "intermediaryInstitution":
        if (v !== undefined && !(checkIntermediaryInstitution(v))) return false;
        break;
      case "purpose":
        if (v !== undefined) {
          if (!((((typeof v == "string" && CODES110.has(v))) || (checkMissingValue(v))))) return false;
          seen |= 16;
        }
        break;
      case "merchantCategoryCode":
        if (v !== undefined && !(((typeof v == "string" && PATTERN111.test(v)) || (checkMissingValue(v))))) return false;
        break;
      case "merchantDescriptor":
        if (v !== undefined && !(typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && (v.length <= 200 || ucs2length(v) <= 200))) return false;
        break;
      case "paymentReference":
        if (v !== undefined && !(typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && (v.length <= 2000 || ucs2length(v) <= 2000))) return false;
        break;
      case "counterpartyType":
        if (v !== undefined && !((((typeof v == "string" && CODES112.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "counterpartyCountry":
        if (v !== undefined && !((((typeof v == "string" && CODES5.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "onBehalfOfRef":
        if (v !== undefined && !((typeof v == "string" && PATTERN39.test(v)))) return false;
        break;
      case "debtRef":
        if (v !== undefined && !((typeof v == "string" && PATTERN39.test(v)))) return false;
        break;
      case "traffickingStage":
        if (v !== undefined && !((((typeof v == "string" && CODES113.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "belowReportingThreshold":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "thresholdReference":
        if (v !== undefined && !(typeof v == "string" && (v.length <= 2000 || ucs2length(v) <= 2000))) return false;
        break;
      case "crossBorder":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "cryptoDetails":
        if (v !== undefined && !(checkCryptoDetails(v))) return false;
        break;
      case "evidenceBasis":
        if (v !== undefined && !((checkTransactionEvidenceBasisAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 31) === 31)) return false;
  return true;
}

function checkCaseReportTransactionsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkTransaction(v))) return false;
  }
  return true;
}

function checkLaunderingLaunderingMethodsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES117.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAssetFundingSourcesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES120.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAssetAcquisitionTransactionRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAsset(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "assetType":
        if (v !== undefined && !((((typeof v == "string" && CODES118.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "country":
        if (v !== undefined && !((((typeof v == "string" && CODES5.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "value":
        if (v !== undefined && !((((checkMoney(v)) || (checkMissingValue(v)))))) return false;
        break;
      case "registeredToRole":
        if (v !== undefined && !((((typeof v == "string" && CODES119.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "registeredToRef":
        if (v !== undefined && !((typeof v == "string" && PATTERN39.test(v)))) return false;
        break;
      case "acquisitionDate":
        if (v !== undefined && !((((typeof v == "string" && PATTERN10.test(v))) || (checkMissingValue(v))))) return false;
        break;
      case "fundingSources":
        if (v !== undefined && !((checkAssetFundingSourcesAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "acquisitionTransactionRefs":
        if (v !== undefined && !checkAssetAcquisitionTransactionRefsList(v)) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkLaunderingAssetsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkAsset(v))) return false;
  }
  return true;
}

function checkTradeBasedDetailMisInvoicingAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES122.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTradeBasedDetailTransactionRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTradeBasedDetail(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "goodsDescription":
        if (v !== undefined && !(typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && (v.length <= 500 || ucs2length(v) <= 500))) return false;
        break;
      case "hsChapter":
        if (v !== undefined && !((((typeof v == "string" && CODES121.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "misInvoicing":
        if (v !== undefined && !((checkTradeBasedDetailMisInvoicingAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "originCountry":
        if (v !== undefined && !((((typeof v == "string" && CODES5.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "destinationCountry":
        if (v !== undefined && !((((typeof v == "string" && CODES5.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "transactionRefs":
        if (v !== undefined && !checkTradeBasedDetailTransactionRefsList(v)) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkLaunderingTradeBasedDetailsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkTradeBasedDetail(v))) return false;
  }
  return true;
}

function checkLaunderingProceedsDestinationCountriesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES5.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkLaundering(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "launderingMethods":
        if (v !== undefined && !((checkLaunderingLaunderingMethodsAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "assets":
        if (v !== undefined && !checkLaunderingAssetsList(v)) return false;
        break;
      case "tradeBasedDetails":
        if (v !== undefined && !checkLaunderingTradeBasedDetailsList(v)) return false;
        break;
      case "proceedsDestinationCountries":
        if (v !== undefined && !((checkLaunderingProceedsDestinationCountriesAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkIndicatorObservationSubjectRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkIndicatorObservationEvidenceRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkIndicatorObservation(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "indicatorId":
        if (v !== undefined) {
          if (!(typeof v == "string" && PATTERN123.test(v))) return false;
          seen |= 2;
        }
        break;
      case "status":
        if (v !== undefined) {
          if (!((typeof v == "string" && CODES124.has(v)))) return false;
          seen |= 4;
        }
        break;
      case "observedBy":
        if (v !== undefined && !((((typeof v == "string" && CODES125.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "confidence":
        if (v !== undefined && !((((typeof v == "string" && CODES126.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "subjectRefs":
        if (v !== undefined && !checkIndicatorObservationSubjectRefsList(v)) return false;
        break;
      case "evidenceRefs":
        if (v !== undefined && !checkIndicatorObservationEvidenceRefsList(v)) return false;
        break;
      case "evidenceBasis":
        if (v !== undefined && !((((typeof v == "string" && CODES116.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "firstObserved":
        if (v !== undefined && !((((typeof v == "string" && PATTERN10.test(v))) || (checkMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 7) === 7)) return false;
  return true;
}

function checkCaseReportIndicatorsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkIndicatorObservation(v))) return false;
  }
  return true;
}

function checkOutcomesStrSarFiledByAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES127.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkStrSarFilingKeyTermsUsedAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkStrSarFilingSubjectRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkStrSarFilingAccountRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkStrSarFilingTransactionRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkStrSarFiling(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "filerType":
        if (v !== undefined && !((((typeof v == "string" && CODES127.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "jurisdiction":
        if (v !== undefined && !((((typeof v == "string" && CODES5.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "period":
        if (v !== undefined && !((((typeof v == "string" && PATTERN10.test(v))) || (checkMissingValue(v))))) return false;
        break;
      case "status":
        if (v !== undefined && !((((typeof v == "string" && CODES128.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "keyTermsUsed":
        if (v !== undefined && !((checkStrSarFilingKeyTermsUsedAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "refHmac":
        if (v !== undefined && !((typeof v == "string" && PATTERN3.test(v)))) return false;
        break;
      case "subjectRefs":
        if (v !== undefined && !checkStrSarFilingSubjectRefsList(v)) return false;
        break;
      case "accountRefs":
        if (v !== undefined && !checkStrSarFilingAccountRefsList(v)) return false;
        break;
      case "transactionRefs":
        if (v !== undefined && !checkStrSarFilingTransactionRefsList(v)) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkOutcomesStrSarFilingsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkStrSarFiling(v))) return false;
  }
  return true;
}

function checkFiuDisseminationStrSarFilingRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkFiuDissemination(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "recipientType":
        if (v !== undefined && !((((typeof v == "string" && CODES129.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "recipientCountry":
        if (v !== undefined && !((((typeof v == "string" && CODES5.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "period":
        if (v !== undefined && !((((typeof v == "string" && PATTERN10.test(v))) || (checkMissingValue(v))))) return false;
        break;
      case "strSarFilingRefs":
        if (v !== undefined && !checkFiuDisseminationStrSarFilingRefsList(v)) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkOutcomesFiuDisseminationsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkFiuDissemination(v))) return false;
  }
  return true;
}

function checkPublicPrivateSharingStrSarFilingRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkPublicPrivateSharing(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "route":
        if (v !== undefined && !((((typeof v == "string" && CODES130.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "period":
        if (v !== undefined && !((((typeof v == "string" && PATTERN10.test(v))) || (checkMissingValue(v))))) return false;
        break;
      case "strSarFilingRefs":
        if (v !== undefined && !checkPublicPrivateSharingStrSarFilingRefsList(v)) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkOutcomesPublicPrivateSharingList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkPublicPrivateSharing(v))) return false;
  }
  return true;
}

function checkOutcomesFiAccountActionsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES131.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAssetActionAccountRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAssetActionAssetRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAssetActionReturnedToRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAssetAction(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "action":
        if (v !== undefined) {
          if (!((typeof v == "string" && CODES132.has(v)))) return false;
          seen |= 2;
        }
        break;
      case "confiscationType":
        if (v !== undefined && !((((typeof v == "string" && CODES133.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "status":
        if (v !== undefined && !((((typeof v == "string" && CODES134.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "refusalReason":
        if (v !== undefined && !((((typeof v == "string" && CODES135.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "date":
        if (v !== undefined && !(((typeof v == "string" && isFullDate(v)) || (checkMissingValue(v))))) return false;
        break;
      case "amount":
        if (v !== undefined && !((((checkMoney(v)) || (checkMissingValue(v)))))) return false;
        break;
      case "accountRefs":
        if (v !== undefined && !checkAssetActionAccountRefsList(v)) return false;
        break;
      case "assetRefs":
        if (v !== undefined && !checkAssetActionAssetRefsList(v)) return false;
        break;
      case "returnedToRefs":
        if (v !== undefined && !checkAssetActionReturnedToRefsList(v)) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 3) === 3)) return false;
  return true;
}

function checkOutcomesAssetActionsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkAssetAction(v))) return false;
  }
  return true;
}

function checkAssetRecovery(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "amount":
        if (v !== undefined && !((((checkMoney(v)) || (checkMissingValue(v)))))) return false;
        break;
      case "confiscationType":
        if (v !== undefined && !((((typeof v == "string" && CODES133.has(v))) || (checkMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkOutcomesCriminalJusticeOutcomesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES136.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkCompensationClaimClaimantRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkCompensationClaimSourcesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES137.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkCompensationClaimPaidFromAssetActionRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkCompensationClaim(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "claimantRefs":
        if (v !== undefined && !checkCompensationClaimClaimantRefsList(v)) return false;
        break;
      case "sources":
        if (v !== undefined && !((checkCompensationClaimSourcesAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "dateClaimed":
        if (v !== undefined && !(((typeof v == "string" && isFullDate(v)) || (checkMissingValue(v))))) return false;
        break;
      case "status":
        if (v !== undefined && !((((typeof v == "string" && CODES134.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "refusalReason":
        if (v !== undefined && !((((typeof v == "string" && CODES135.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "amountClaimed":
        if (v !== undefined && !((((checkMoney(v)) || (checkMissingValue(v)))))) return false;
        break;
      case "awarded":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "amountAwarded":
        if (v !== undefined && !((((checkMoney(v)) || (checkMissingValue(v)))))) return false;
        break;
      case "paid":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "amountPaid":
        if (v !== undefined && !((((checkMoney(v)) || (checkMissingValue(v)))))) return false;
        break;
      case "paidFromAssetActionRefs":
        if (v !== undefined && !checkCompensationClaimPaidFromAssetActionRefsList(v)) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkOutcomesCompensationClaimsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkCompensationClaim(v))) return false;
  }
  return true;
}

function checkOutcomesFinancialInclusionSupportAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES138.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkOutcomesSupportPlanTypesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES139.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkReferral(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "reason":
        if (v !== undefined && !((((typeof v == "string" && CODES140.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "date":
        if (v !== undefined && !(((typeof v == "string" && isFullDate(v)) || (checkMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkOutcomesReferralsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkReferral(v))) return false;
  }
  return true;
}

function checkOutcomes(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "strSarFiled":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "strSarFiledBy":
        if (v !== undefined && !((checkOutcomesStrSarFiledByAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "strSarFilings":
        if (v !== undefined && !checkOutcomesStrSarFilingsList(v)) return false;
        break;
      case "fiuDisseminations":
        if (v !== undefined && !checkOutcomesFiuDisseminationsList(v)) return false;
        break;
      case "publicPrivateSharing":
        if (v !== undefined && !checkOutcomesPublicPrivateSharingList(v)) return false;
        break;
      case "fiAccountActions":
        if (v !== undefined && !((checkOutcomesFiAccountActionsAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "assetActions":
        if (v !== undefined && !checkOutcomesAssetActionsList(v)) return false;
        break;
      case "assetsFrozen":
        if (v !== undefined && !(checkAssetRecovery(v))) return false;
        break;
      case "assetsConfiscated":
        if (v !== undefined && !(checkAssetRecovery(v))) return false;
        break;
      case "criminalJusticeOutcomes":
        if (v !== undefined && !((checkOutcomesCriminalJusticeOutcomesAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "compensationClaims":
        if (v !== undefined && !checkOutcomesCompensationClaimsList(v)) return false;
        break;
      case "financialInclusionSupport":
        if (v !== undefined && !((checkOutcomesFinancialInclusionSupportAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "supportPlanTypes":
        if (v !== undefined && !((checkOutcomesSupportPlanTypesAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "referrals":
        if (v !== undefined && !checkOutcomesReferralsList(v)) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkScamCompoundScamVictimFundsRoutingAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES141.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkScamCompoundTargetedScamVictimCountriesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES5.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkRansomPaidByRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkRansomRecipientAccountRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkRansomTransactionRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkRansom(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN39.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "victimRef":
        if (v !== undefined && !((typeof v == "string" && PATTERN39.test(v)))) return false;
        break;
      case "amountDemanded":
        if (v !== undefined && !((((checkMoney(v)) || (checkMissingValue(v)))))) return false;
        break;
      case "paid":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "amountPaid":
        if (v !== undefined && !((((checkMoney(v)) || (checkMissingValue(v)))))) return false;
        break;
      case "amount":
        if (v !== undefined && !((((checkMoney(v)) || (checkMissingValue(v)))))) return false;
        break;
      case "paymentMethod":
        if (v !== undefined && !((((typeof v == "string" && CODES65.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "paidBy":
        if (v !== undefined && !((((typeof v == "string" && CODES142.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "paidByRefs":
        if (v !== undefined && !checkRansomPaidByRefsList(v)) return false;
        break;
      case "recipientAccountRefs":
        if (v !== undefined && !checkRansomRecipientAccountRefsList(v)) return false;
        break;
      case "transactionRefs":
        if (v !== undefined && !checkRansomTransactionRefsList(v)) return false;
        break;
      case "date":
        if (v !== undefined && !(((typeof v == "string" && isFullDate(v)) || (checkMissingValue(v))))) return false;
        break;
      case "datePaid":
        if (v !== undefined && !(((typeof v == "string" && isFullDate(v)) || (checkMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkScamCompoundRansomsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkRansom(v))) return false;
  }
  return true;
}

function checkNetworkWalletAddress(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "address":
        if (v !== undefined) {
          if (!(typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && (v.length <= 128 || ucs2length(v) <= 128) && PATTERN143.test(v))) return false;
          seen |= 1;
        }
        break;
      case "network":
        if (v !== undefined && !((((typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1))) || (checkMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  if (!(((seen & 1) === 1))) return false;
  return true;
}

function checkScamCompoundWalletAddressesList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkNetworkWalletAddress(v))) return false;
  }
  return true;
}

function checkScamCompound(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "compoundCountry":
        if (v !== undefined && !((((typeof v == "string" && CODES5.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "compoundAreaGeneralised":
        if (v !== undefined && !(typeof v == "string" && (v.length <= 200 || ucs2length(v) <= 200))) return false;
        break;
      case "scamVictimFundsRouting":
        if (v !== undefined && !((checkScamCompoundScamVictimFundsRoutingAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "targetedScamVictimCountries":
        if (v !== undefined && !((checkScamCompoundTargetedScamVictimCountriesAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "ransoms":
        if (v !== undefined && !checkScamCompoundRansomsList(v)) return false;
        break;
      case "walletAddresses":
        if (v !== undefined && !checkScamCompoundWalletAddressesList(v)) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkCaseReport(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "schemaVersion":
        if (v !== undefined) {
          if (!(typeof v == "string" && PATTERN0.test(v))) return false;
          seen |= 1;
        }
        break;
      case "recordId":
        if (v !== undefined) {
          if (!(typeof v == "string" && FORMAT1.test(v))) return false;
          seen |= 2;
        }
        break;
      case "recordType":
        if (v !== undefined) {
          if (!((typeof v == "string" && CODES2.has(v)))) return false;
          seen |= 4;
        }
        break;
      case "relatesToRecordId":
        if (v !== undefined && !(typeof v == "string" && FORMAT1.test(v))) return false;
        break;
      case "sourceCaseRefHmac":
        if (v !== undefined && !((typeof v == "string" && PATTERN3.test(v)))) return false;
        break;
      case "reportingOrgType":
        if (v !== undefined) {
          if (!((typeof v == "string" && CODES4.has(v)))) return false;
          seen |= 8;
        }
        break;
      case "reportingOrgId":
        if (v !== undefined && !(typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && (v.length <= 100 || ucs2length(v) <= 100))) return false;
        break;
      case "reportingCountry":
        if (v !== undefined) {
          if (!((typeof v == "string" && CODES5.has(v)))) return false;
          seen |= 16;
        }
        break;
      case "dateReported":
        if (v !== undefined) {
          if (!(typeof v == "string" && isFullDate(v))) return false;
          seen |= 32;
        }
        break;
      case "informationAsOf":
        if (v !== undefined && !(((typeof v == "string" && isFullDate(v)) || (checkMissingValue(v))))) return false;
        break;
      case "caseStatus":
        if (v !== undefined && !((((typeof v == "string" && CODES7.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "traffickingStatus":
        if (v !== undefined) {
          if (!((((typeof v == "string" && CODES8.has(v))) || (checkMissingValue(v))))) return false;
          seen |= 64;
        }
        break;
      case "traffickingStatusDecidedBy":
        if (v !== undefined && !((((typeof v == "string" && CODES9.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "exploitationStart":
        if (v !== undefined && !((((typeof v == "string" && PATTERN10.test(v))) || (checkMissingValue(v))))) return false;
        break;
      case "exploitationEnd":
        if (v !== undefined && !((((typeof v == "string" && PATTERN10.test(v))) || (checkMissingValue(v))))) return false;
        break;
      case "ongoingExploitation":
        if (v !== undefined && !((((typeof v == "boolean") || (checkMissingValue(v)))))) return false;
        break;
      case "exploitationTypes":
        if (v !== undefined) {
          if (!((checkCaseReportExploitationTypesAnyOf0List(v) || (checkMissingValue(v))))) return false;
          seen |= 128;
        }
        break;
      case "forcedCriminalityTypes":
        if (v !== undefined && !((checkCaseReportForcedCriminalityTypesAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "sexualExploitationTypes":
        if (v !== undefined && !((checkCaseReportSexualExploitationTypesAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "exploitationPlatforms":
        if (v !== undefined && !((checkCaseReportExploitationPlatformsAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "sectors":
        if (v !== undefined && !((checkCaseReportSectorsAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "typologies":
        if (v !== undefined && !((checkCaseReportTypologiesAnyOf0List(v) || (checkMissingValue(v))))) return false;
        break;
      case "countriesInvolved":
        if (v !== undefined && !checkCaseReportCountriesInvolvedList(v)) return false;
        break;
      case "victimCountBand":
        if (v !== undefined && !((((typeof v == "string" && CODES18.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "perpetratorCountBand":
        if (v !== undefined && !((((typeof v == "string" && CODES18.has(v))) || (checkMissingValue(v))))) return false;
        break;
      case "estimatedProceeds":
        if (v !== undefined && !((((checkMoney(v)) || (checkMissingValue(v)))))) return false;
        break;
      case "narrativeSummary":
        if (v !== undefined) {
          if (!(typeof v == "string" && (v.length <= 5000 || ucs2length(v) <= 5000))) return false;
          seen |= 4096;
        }
        break;
      case "narrativeRedacted":
        if (v !== undefined) {
          if (!(typeof v == "boolean")) return false;
          seen |= 8192;
        }
        break;
      case "dataQualityNote":
        if (v !== undefined && !(typeof v == "string" && (v.length <= 2000 || ucs2length(v) <= 2000))) return false;
        break;
      case "sharing":
        if (v !== undefined) {
          if (!(checkSharing(v))) return false;
          seen |= 256;
        }
        break;
      case "consent":
        if (v !== undefined) {
          if (!(checkConsent(v))) return false;
          seen |= 512;
        }
        break;
      case "provenance":
        if (v !== undefined) {
          if (!(checkProvenance(v))) return false;
          seen |= 1024;
        }
        break;
      case "persons":
        if (v !== undefined && !checkCaseReportPersonsList(v)) return false;
        break;
      case "organisations":
        if (v !== undefined && !checkCaseReportOrganisationsList(v)) return false;
        break;
      case "victimProfiles":
        if (v !== undefined) {
          if (!checkCaseReportVictimProfilesList(v)) return false;
          seen |= 2048;
        }
        break;
      case "debts":
        if (v !== undefined && !checkCaseReportDebtsList(v)) return false;
        break;
      case "accounts":
        if (v !== undefined && !checkCaseReportAccountsList(v)) return false;
        break;
      case "transactions":
        if (v !== undefined && !checkCaseReportTransactionsList(v)) return false;
        break;
      case "laundering":
        if (v !== undefined && !(checkLaundering(v))) return false;
        break;
      case "indicatorCatalogueVersion":
        if (v !== undefined) {
          if (!(typeof v == "string" && PATTERN0.test(v))) return false;
          seen |= 32768;
        }
        break;
      case "indicators":
        if (v !== undefined) {
          if (!checkCaseReportIndicatorsList(v)) return false;
          seen |= 16384;
        }
        break;
      case "outcomes":
        if (v !== undefined && !(checkOutcomes(v))) return false;
        break;
      case "scamCompound":
        if (v !== undefined && !(checkScamCompound(v))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 4095) === 4095)) return false;
  if ((seen & 4096) !== 0 && !((seen & 8192) === 8192)) return false;
  if ((seen & 16384) !== 0 && !((seen & 32768) === 32768)) return false;
  return true;
}

/** True when the report passes the HTFDS schema (the same verdict as the Ajv validator, without its errors). */
export function passesSchema(data) {
  return checkCaseReport(data);
}
