// Generated from the HTFDS sharing profiles by generators/profiles. Do not edit: change schema/ and run `npm run build`.
import { fullFormats, ucs2length } from '../validate/ajv-runtime.js';
import { isFullDate } from '../validate/fast-formats.js';

const PATTERN0 = new RegExp("^[0-9]+\\.[0-9]+\\.[0-9]+$", "u");
const FORMAT1 = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const CODES2 = new Set(["caseSummary","transactionSet","indicatorAlert","outcomeUpdate","correction"]);
const CODES3 = new Set(["NGO","LawEnforcement","HealthServiceOrganisation","CentralGovernmentOrganisation","LocalGovernmentOrganisation","ImmigrationService","LegalService","CorporateBusiness","SchoolOrCollege","FinancialInstitution","FinancialIntelligenceUnit","Helpline","InternationalOrganisation","SurvivorLedOrganisation","Researcher"]);
const CODES4 = new Set(["AD","AE","AF","AG","AI","AL","AM","AO","AQ","AR","AS","AT","AU","AW","AX","AZ","BA","BB","BD","BE","BF","BG","BH","BI","BJ","BL","BM","BN","BO","BQ","BR","BS","BT","BV","BW","BY","BZ","CA","CC","CD","CF","CG","CH","CI","CK","CL","CM","CN","CO","CR","CU","CV","CW","CX","CY","CZ","DE","DJ","DK","DM","DO","DZ","EC","EE","EG","EH","ER","ES","ET","FI","FJ","FK","FM","FO","FR","GA","GB","GD","GE","GF","GG","GH","GI","GL","GM","GN","GP","GQ","GR","GS","GT","GU","GW","GY","HK","HM","HN","HR","HT","HU","ID","IE","IL","IM","IN","IO","IQ","IR","IS","IT","JE","JM","JO","JP","KE","KG","KH","KI","KM","KN","KP","KR","KW","KY","KZ","LA","LB","LC","LI","LK","LR","LS","LT","LU","LV","LY","MA","MC","MD","ME","MF","MG","MH","MK","ML","MM","MN","MO","MP","MQ","MR","MS","MT","MU","MV","MW","MX","MY","MZ","NA","NC","NE","NF","NG","NI","NL","NO","NP","NR","NU","NZ","OM","PA","PE","PF","PG","PH","PK","PL","PM","PN","PR","PS","PT","PW","PY","QA","RE","RO","RS","RU","RW","SA","SB","SC","SD","SE","SG","SH","SI","SJ","SK","SL","SM","SN","SO","SR","SS","ST","SV","SX","SY","SZ","TC","TD","TF","TG","TH","TJ","TK","TL","TM","TN","TO","TR","TT","TV","TW","TZ","UA","UG","UM","US","UY","UZ","VA","VC","VE","VG","VI","VN","VU","WF","WS","XK","YE","YT","ZA","ZM","ZW"]);
const PATTERN5 = new RegExp("^[0-9]{4}(-Q[1-4])?$", "u");
const CODES6 = new Set(["unknown","notAsked","declinedToAnswer","notApplicable","withheldForSafety"]);
const CODES7 = new Set(["Active","FollowUp","Closed","ClosedReferred"]);
const CODES8 = new Set(["PossibleVictimOfTrafficking","ActualVictimOfTrafficking","NotAVictimOfTrafficking"]);
const CODES9 = new Set(["Police","NGO","CourtOrProsecution","NonPoliceGovernmentalOrganization","Other"]);
const CODES10 = new Set(["ForcedLabour","SexualExploitation","ChildLabour","ForcedMarriage","Servitude","ForcedMilitaryByNonStateActors","OrganRemoval","ForcedBegging","ForcedAdoption","Surrogacy","ForcedCriminality","Other"]);
const CODES11 = new Set(["ForcedScamming","ForcedDrugCultivationOrDealing","ForcedTheftOrShoplifting","ForcedMoneyMuling","Other"]);
const CODES12 = new Set(["Prostitution","Pornography","RemoteInteractiveServices","PrivateSexualServices","SexualExploitationOfChildrenInProstitution","ChildSexualAbuseMaterial","LiveOnlineChildSexualAbuse","SexualExtortionOfChildren"]);
const CODES13 = new Set(["Facebook","Instagram","WhatsApp","Telegram","FacebookMessenger","Viber","SnapChat","Line","4Sale","WeChat","QQ","QZone","TikTok","Twitter","EscortOrClassifiedAdSite","DatingApp","JobBoard","LiveStreamingSite","FanSubscriptionSite","Other"]);
const CODES14 = new Set(["A_AgricultureForestryAndFishing","B_MiningAndQuarrying","C_Manufacturing","D_ElectricityGasSteamAndAirConditioningSupply","E_WaterSupplySewerageWasteManagement","F_Construction","G_WholesaleAndRetailTradeRepairOfMotorVehicles","H_TransportationAndStorage","I_AccommodationAndFoodServiceActivities","J_InformationAndCommunication","K_FinancialAndInsuranceActivities","L_RealEstateActivities","M_ProfessionalScientificAndTechnicalActivities","N_AdministrativeAndSupportServiceActivities","O_PublicAdministrationAndDefence","P_Education","Q_HumanHealthAndSocialWorkActivities","R_ArtsEntertainmentAndRecreation","S_OtherServiceActivities","T_ActivitiesOfHouseholdsAsEmployers","U_ActivitiesOfExtraterritorialOrganizations"]);
const CODES15 = new Set(["forcedProstitution","fishing","domesticServitude","construction","manufacturingTextileApparel","agriculturePlantation","scamLabourCamp","childSexualExploitation","moneyMuleOperation","forcedBegging","organRemoval","other"]);
const CODES16 = new Set(["recruitment","transit","exploitation","proceedsOrigin","proceedsDestination","companyRegistration","compoundLocation"]);
const PATTERN17 = new RegExp("^[A-Z]{2}-[A-Z0-9]{1,3}$", "u");
const CODES18 = new Set(["1","2-5","6-10","11-50","51-100","101+","101-500","501-1000","1001-5000","5001+"]);
const CODES19 = new Set(["AED","AFN","ALL","AMD","ANG","AOA","ARS","AUD","AWG","AZN","BAM","BBD","BDT","BGN","BHD","BIF","BMD","BND","BOB","BOV","BRL","BSD","BTN","BWP","BYN","BZD","CAD","CDF","CHE","CHF","CHW","CLF","CLP","CNY","COP","COU","CRC","CUC","CUP","CVE","CZK","DJF","DKK","DOP","DZD","EGP","ERN","ETB","EUR","FJD","FKP","GBP","GEL","GHS","GIP","GMD","GNF","GTQ","GYD","HKD","HNL","HRK","HTG","HUF","IDR","ILS","INR","IQD","IRR","ISK","JMD","JOD","JPY","KES","KGS","KHR","KMF","KPW","KRW","KWD","KYD","KZT","LAK","LBP","LKR","LRD","LSL","LYD","MAD","MDL","MGA","MKD","MMK","MNT","MOP","MRU","MUR","MVR","MWK","MXN","MXV","MYR","MZN","NAD","NGN","NIO","NOK","NPR","NZD","OMR","PAB","PEN","PGK","PHP","PKR","PLN","PYG","QAR","RON","RSD","RUB","RWF","SAR","SBD","SCR","SDG","SEK","SGD","SHP","SLE","SLL","SOS","SRD","SSP","STN","SVC","SYP","SZL","THB","TJS","TMT","TND","TOP","TRY","TTD","TWD","TZS","UAH","UGX","USD","USN","UYI","UYU","UYW","UZS","VED","VES","VND","VUV","WST","XAF","XAG","XAU","XBA","XBB","XBC","XBD","XCD","XCG","XDR","XOF","XPD","XPF","XPT","XSU","XTS","XUA","XXX","YER","ZAR","ZMW","ZWG","ZWL"]);
const CODES20 = new Set(["lt100","100-499","500-999","1000-2999","3000-9999","10000-49999","50000-249999","250000-999999","ge1000000"]);
const CODES21 = new Set(["perTransaction","perDay","perWeek","perMonth","total"]);
const CODES22 = new Set(["TLP:GREEN"]);
const CODES23 = new Set(["transactionMonitoringTuning","detectionModelTraining","strategicAnalysis","research","staffTraining"]);
const CODES24 = new Set(["prohibited","withinOrganisation","withOriginatorApproval","perTLP"]);
const CODES25 = new Set(["consent","contract","legalObligation","vitalInterests","publicTask","legitimateInterests","lawEnforcementDirective","other"]);
const CODES26 = new Set(["explicitConsent","vitalInterests","substantialPublicInterest","legalClaims","healthOrSocialCare","researchAndStatistics","officialAuthority","other"]);
const CODES27 = new Set(["P","C"]);
const CODES28 = new Set(["KEEP","DROP","BAND","GEO","DATE","HMAC","PSEUDO","TRUNC","KSUP","FREE"]);
const CODES29 = new Set(["explicitConsent","assentWithGuardianConsent","consentRefused","consentWithdrawn","notSoughtOtherLegalBasis","notPossible"]);
const CODES30 = new Set(["shareWithFinancialInstitutions","shareWithLawEnforcement","shareWithFiu","shareWithSupportOrganisations","aggregateResearchOnly","detectionModelTraining","recontactPermitted","other"]);
const CODES31 = new Set(["written","verbal","electronic","other"]);
const CODES32 = new Set(["survivorInterview","survivorDocuments","helplineContact","caseManagementRecord","lawEnforcementInvestigation","courtRecord","financialInstitutionData","fiuDissemination","openSource","thirdPartyReferral","other"]);
const CODES33 = new Set(["1","2","3"]);
const CODES34 = new Set(["A","B","C","D","E"]);
const CODES35 = new Set(["A","B","C","D","E","F"]);
const CODES36 = new Set(["1","2","3","4","5","6"]);
const PATTERN37 = new RegExp("^[a-z][A-Za-z]*-[1-9][0-9]*$", "u");
const CODES38 = new Set(["victim","perpetrator","facilitator","victimAndPerpetrator","witness","familyMemberOfVictim","scamVictim","other"]);
const CODES39 = new Set(["TravellingPartner","Transporter","RecruiterOrIntermediary","BrokerTravelAgent","TransferredIndividual","HarbouredIndividual","SoldIndividual","BoughtIndividual","ReceivedIndividual","ControlledIndividual","Smuggler","Abuser","Kidnapper","Exploiter","Financier","MoneyLaunderer","AccountController","CashCollector","DebtHolder","LabourBroker","Employer","Landlord","NomineeDirector","ProfessionalEnabler","PaymentAgent","CorruptOfficial","MoneyMuleRecruiter","Other"]);
const CODES40 = new Set(["0-8","9-17","18-20","21-23","24-26","27-29","30-38","39-47","48+"]);
const CODES41 = new Set(["Feminine","Masculine","TransgenderFeminine","TransgenderMasculine","NonConforming"]);
const CODES42 = new Set(["FamilyMigrant","VisitorTouristMigrant","LabourMigrant","StudentMigrant","IrregularMigrant","Other"]);
const CODES43 = new Set(["AsylumSeeker","Refugee","ComplementaryProtection","StatelessPerson"]);
const CODES44 = new Set(["EnvironmentalMigrant","VulnerableMigrant","StrandedMigrant","ForcedMigrant","Deportee","ExCombatant","InternallyDisplacedPerson","SeparatedOrUnaccompaniedChild","Returnee"]);
const CODES45 = new Set(["Familial","Acquainted","Unacquainted","IntimatePartner","Employer","Recruiter"]);
const CODES46 = new Set(["NoFormalEducation","EarlyChildhoodEducation","PrimaryEducation","LowerSecondaryEducation","UpperSecondaryEducation","PostSecondaryNonTertiaryEducation","ShortCycleTertiaryEducation","BachelorsOrEquivalentLevel","MastersOrEquivalentLevel","DoctoralOrEquivalentLevel"]);
const CODES47 = new Set(["managers","professionals","techniciansAndAssociateProfessionals","clericalSupportWorkers","serviceAndSalesWorkers","skilledAgriculturalForestryFisheryWorkers","craftAndRelatedTradesWorkers","plantAndMachineOperatorsAssemblers","elementaryOccupations","armedForcesOccupations","student","unemployed","homemaker","retired"]);
const CODES48 = new Set(["suspected","arrested","charged","convicted","acquitted","proceedingsDiscontinued","deceased","other"]);
const CODES49 = new Set(["unSecurityCouncil","usOfac","usFincen311","ukOfsi","euCouncil","auDfat","caGlobalAffairs","other"]);
const CODES50 = new Set(["inForce","proposed","lifted"]);
const PATTERN51 = new RegExp("^[a-z]{2,3}$", "u");
const CODES52 = new Set(["phone","email","postalAddress","identityNumber"]);
const CODES53 = new Set(["employer","siteOfExploitation","recruitmentAgency","labourHireContractor","manningAgency","shellCompany","accommodationProvider","transportProvider","advertisingPlatform","paymentServiceProvider","moneyServiceBusiness","virtualAssetServiceProvider","bank","casinoOrGaming","scamCompoundOperator","studentRecruitmentAgency","corporateServiceProvider","buyerInSupplyChain","supportOrganisation","placeOfRecruitment","other"]);
const CODES54 = new Set(["massageParlourSpa","nailSalon","karaokeBarNightclub","restaurant","carWash","cleaningCompany","constructionSubcontractor","employmentAgency","travelAgency","hotelGuesthouse","onlineGamingCasino","escortAgency","stripClub","modellingAgency","seafoodProcessor","fishingManningAgent","other"]);
const CODES55 = new Set(["soleTrader","partnership","privateCompany","publicCompany","ngo","trust","cooperative","government","unregistered","other"]);
const CODES56 = new Set(["licensed","unlicensed","licenceRevoked"]);
const CODES57 = new Set(["noPayroll","farBelowExpected","belowExpected","consistent"]);
const CODES58 = new Set(["shareholding","votingRights","appointmentOfBoard","otherInfluenceOrControl","seniorManagingOfficial","settlor","trustee","protector","beneficiaryOfLegalArrangement","rightsToProfitOrIncome","rightsGrantedByContract","boardMember","unknownInterest"]);
const CODES59 = new Set(["direct","indirect"]);
const CODES60 = new Set(["AtAPlaceOfBusiness","AtAnEducationalInstitution","AtWork","ThroughOnlineSocialNetworks","ThroughAnOnlineAdvertisement","ThroughATelevisionAdvert","ThroughANewspaperAdvert","ThroughFamilyOrFamilyEvents","ThroughFriendsOrSocialEvents","Other"]);
const CODES61 = new Set(["recruiterIndividual","agencyInOriginCountry","agencyInDestinationCountry","employer","broker","other"]);
const CODES62 = new Set(["cashHandover","cashDepositBranch","cashDepositAtm","thirdPartyCashDeposit","cashWithdrawal","bankTransferDomestic","bankTransferInternational","instantP2P","cheque","cardPayment","prepaidCardLoad","moneyOrder","msbRemittance","mobileMoney","cryptoOnChain","cryptoAtm","cryptoOtc","thirdPartyPaymentProcessor","informalValueTransfer","giftCards","casinoChipsOrGamingAccount","inKind","payrollCard","other"]);
const CODES63 = new Set(["travel","lodging","visaOrWorkPermit","passportOrDocuments","medicalExam","insurance","skillsTestOrTraining","equipmentOrUniform","administrativeFee","other"]);
const CODES64 = new Set(["ownSavings","familyLoan","informalMoneylender","recruiterAdvance","employerAdvance","bankLoan","microfinanceLoan","assetPledge","other"]);
const CODES65 = new Set(["victim","victimFamily","recruiterOrAgency","employer","other"]);
const CODES66 = new Set(["accommodation","food","transport","equipmentOrUniform","agencyFee","visaOrPermitFees","debtRepayment","fines","protectionFee","other"]);
const CODES67 = new Set(["lt25","25-49","50-74","ge75"]);
const CODES68 = new Set(["employer","recruiterOrAgency","controller","landlord","other"]);
const CODES69 = new Set(["holdsCardAndPin","holdsOnlineBankingCredentials","holdsOtpDeviceOrSim","holdsPassbookOrChequebook","jointAccountWithController","controllerIsSignatoryOrAttorney","phoneConfiscated","forcedWithdrawalAndHandover","salaryRedirected","other"]);
const CODES70 = new Set(["victimFreely","victimAccompaniedByThirdParty","thirdPartyOnVictimsBehalf","employerOrAgencyBulkOpening","victimUnaware","other"]);
const CODES71 = new Set(["notPaid","paidPartially","paidLessThanPromised","paidIrregularly","paidInFull"]);
const CODES72 = new Set(["lt1m","1-3m","3-6m","6-12m","gt12m"]);
const CODES73 = new Set(["victim","employer","recruiterOrAgency","controller","victimFamily","other"]);
const CODES74 = new Set(["notAllowed","controlledByOther","madeByOtherOnVictimsBehalf","allowedSmallAmounts","free"]);
const CODES75 = new Set(["PhysicalThreats","ThreatsLawEnforcement","ThreatensChildrenFamily","PhysicalAbuse","SexualAbuse","RestrictsMedicalCare","WithholdsNecessities","PsychologicalAbuse","PsychoactiveSubstance","ExcessiveWorkingHours","RestrictsMovement","UsesChildren","Other"]);
const CODES76 = new Set(["unwitting","deceived","coerced","complicitUnderDuress"]);
const CODES77 = new Set(["cashDeposit","cashWithdrawal","domesticTransfer","internationalTransfer","remittanceSend","remittanceReceive","cryptoPurchase","cryptoTransfer","cardPurchases","prepaidCardLoad","chequeCashing","receiveFundsForOthers","other"]);
const CODES78 = new Set(["0","1","2-3","4-10","11+"]);
const CODES79 = new Set(["personalLoan","creditCard","overdraft","buyNowPayLater","vehicleFinance","mortgage","paydayLoan","phoneContract","utilityContract","other"]);
const CODES80 = new Set(["director","shareholder","beneficialOwner","soleTrader","other"]);
const CODES81 = new Set(["vehicle","property","simCard","hotelBooking","rentalLease","other"]);
const CODES82 = new Set(["itDeveloper","customerService","hrRecruiter","translator","marketingSales","casinoHotelStaff","dataEntry","other"]);
const CODES83 = new Set(["romanceInvestmentPigButchering","cryptoInvestment","impersonation","illegalGambling","phishingSmishing","loanOrJobScam","moneyLaunderingTasks","sextortion","other"]);
const CODES84 = new Set(["0","1","2","3+"]);
const CODES85 = new Set(["contractWage","promisedWage","statutoryMinimumWage","collectiveAgreementRate","courtOrTribunalFinding","victimsOwnAccount","other"]);
const CODES86 = new Set(["cifasNationalFraudDatabase","cifasInternalFraudDatabase","otherSharedFraudDatabase","institutionInternalList","other"]);
const CODES87 = new Set(["recruitmentFee","travelCosts","visaOrDocuments","accommodation","food","trainingFee","finesPenalties","purchasePriceResale","advanceToFamily","medical","ransom","loanShark","gamblingDebt","other"]);
const CODES88 = new Set(["noInterest","fixedRate","usuriousRate"]);
const CODES89 = new Set(["lt1","1-2","3-4","5-9","10-19","ge20"]);
const CODES90 = new Set(["recruiterOrAgency","employer","controller","moneylender","formalLender","collectionAgency","familyOfTrafficker","other"]);
const CODES91 = new Set(["noAgreement","verbal","iou","signedBlankDocument","postDatedCheque","loanContract","salaryAssignment","other"]);
const CODES92 = new Set(["wageDeduction","cashHandover","transferToCreditorAccount","remittanceByFamily","labourInKind","other"]);
const CODES93 = new Set(["individual","joint","business","nominee","trustOrNonProfit","other"]);
const CODES94 = new Set(["currentAccount","savingsAccount","businessAccount","eMoneyOrPaymentAccount","mobileMoneyWallet","prepaidCard","payrollCard","debitCard","creditCard","loanAccount","custodialCryptoAccount","selfHostedCryptoWallet","remittanceCustomerProfile","gamingAccount","informalValueTransferRelationship","other"]);
const CODES95 = new Set(["bank","creditUnionCooperative","microfinanceInstitution","eMoneyOrPaymentInstitution","mobileMoneyOperator","moneyServiceBusinessRemittance","virtualAssetServiceProvider","otcCryptoDesk","casinoOrGaming","pawnshop","postalService","hawalaOrInformal","thirdPartyPaymentProcessor","other"]);
const CODES96 = new Set(["tron","ethereum","bitcoin","bnbSmartChain","solana","polygon","arbitrum","ton","litecoin","xrpLedger","monero","base","optimism","avalanche","other"]);
const CODES97 = new Set(["usdt","usdc","btc","eth","trx","bnb","sol","ltc","xrp","xmr","other"]);
const CODES98 = new Set(["centralisedExchange","noKycExchange","otcDesk","p2pMerchant","guaranteeMarketplace","gamblingService","mixer","bridge","swapOrDex","paymentProcessor","darknetMarket","scamOperation","sanctionedEntity","selfHostedUnattributed","other"]);
const CODES99 = new Set(["active","restricted","frozen","closed","exitedByInstitution","other"]);
const CODES100 = new Set(["receivingWages","collectingVictimEarnings","receivingSexBuyerPayments","receivingPaymentsForChildSexualAbuse","payingForChildSexualAbuse","receivingSextortionPayments","payingAdvertising","payingAccommodation","payingTransport","layering","cashOut","receivingScamVictimFunds","payingRecruitmentFees","remittingAbroad","payingRansom","other"]);
const CODES101 = new Set(["businessHours","evening","night","earlyMorning"]);
const CODES102 = new Set(["branchCounter","atm","agentOutlet","cryptoKiosk","onlineBanking","mobileApp","ussdOrSms","pointOfSale","cardNotPresent","telephone","other"]);
const CODES103 = new Set(["oneOff","daily","weekly","fortnightly","monthly","irregular"]);
const CODES104 = new Set(["sameDay","oneToTwoDays","threeToSevenDays","moreThanSevenDays"]);
const CODES105 = new Set(["victimIn","victimOut","onVictimsBehalf","throughVictimAccount","notVictimRelated"]);
const CODES106 = new Set(["ach","fedwire","fedNow","rtp","zelle","swift","sepaCreditTransfer","sepaInstant","fasterPayments","bacs","chaps","interacETransfer","npp","upi","imps","pix","promptPay","instaPay","pesoNet","duitNow","payNow","fps","cardNetwork","other"]);
const CODES107 = new Set(["mPesa","mtnMoMo","airtelMoney","orangeMoney","bKash","easypaisa","jazzCash","gcash","maya","truemoney","westernUnion","moneyGram","ria","remitly","wise","worldRemit","paypal","venmo","cashApp","revolut","alipay","wechatPay","other"]);
const CODES108 = new Set(["cashPickUp","accountCredit","mobileWalletCredit","cardCredit","homeDelivery","other"]);
const CODES109 = new Set(["advertisingOnlineClassified","advertisingSocialMedia","advertisingJobAds","webHostingOrDomains","accommodationHotelMotel","accommodationShortTermRental","rentResidential","transportAir","transportBusRail","transportTaxiRideshare","fuel","visaTravelDocuments","recruitmentOrPlacementFee","relatedRecruitmentCost","wageSalary","wageAdvance","wageDeduction","debtRepayment","ransomOrReleasePayment","purchaseOrSaleOfPerson","clientPaymentForServices","paymentForChildSexualAbuse","sextortionPayment","scamVictimFunds","remittanceToFamily","briberyCorruption","protectionPayment","foodProvisionsBulk","restaurantsTakeaway","clothingCosmeticsBeauty","medicalPharmacy","phoneSimTopUp","equipmentTools","luxurySpending","gambling","investmentRealEstate","vehiclePurchase","cashConsolidation","cryptoConsolidation","loanOrCredit","other"]);
const PATTERN110 = new RegExp("^[0-9]{4}$", "u");
const CODES111 = new Set(["victim","perpetrator","facilitator","victimFamily","employer","recruiterAgency","accommodationProvider","advertisingPlatform","transportProvider","msb","vasp","casino","landlord","governmentBody","sexBuyer","childAbuseOffender","scamVictim","other"]);
const CODES112 = new Set(["Recruitment","Transit","Exploitation","PostExploitationLaundering","Release"]);
const CODES113 = new Set(["mixer","bridge","swapOrDex","privacyCoin","peelChain","other"]);
const CODES114 = new Set(["complete","incomplete","absent","notApplicableSelfHosted","belowThreshold"]);
const CODES115 = new Set(["victimStatement","witnessStatement","receiptOrInvoice","bankStatement","screenshotMessage","seizedLedger","fiRecords","blockchainRecord","courtDocument","other"]);
const CODES116 = new Set(["cashIntensiveFrontBusiness","comminglingWithBusinessRevenue","funnelAccounts","moneyMules","shellCompanies","nomineeDirectors","tradeBased","realEstate","luxuryGoodsVehicles","gamblingCasino","cryptoStablecoins","cryptoMixersBridges","cryptoMixers","cryptoBridgesSwaps","cryptoGuaranteeMarketplace","otcCryptoBrokers","hawalaUndergroundBanking","bulkCashSmuggling","prepaidStoredValue","thirdPartyPaymentProcessors","professionalEnablers","loanBack","other"]);
const CODES117 = new Set(["realEstate","vehicle","cash","bankBalance","cryptoassets","jewelleryLuxury","businessInterest","other"]);
const CODES118 = new Set(["perpetrator","familyMember","victim","nominee","company","other"]);
const CODES119 = new Set(["cashPayment","accountTransfer","cryptoassets","loanOrMortgage","paidByThirdParty","victimFunds","businessFunds","other"]);
const CODES120 = new Set(["01","02","03","04","05","06","07","08","09","10","11","12","13","14","15","16","17","18","19","20","21","22","23","24","25","26","27","28","29","30","31","32","33","34","35","36","37","38","39","40","41","42","43","44","45","46","47","48","49","50","51","52","53","54","55","56","57","58","59","60","61","62","63","64","65","66","67","68","69","70","71","72","73","74","75","76","78","79","80","81","82","83","84","85","86","87","88","89","90","91","92","93","94","95","96","97"]);
const CODES121 = new Set(["overInvoicing","underInvoicing","multipleInvoicing","quantityMisstated","goodsMisdescribed","phantomShipment","other"]);
const PATTERN122 = new RegExp("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$", "u");
const CODES123 = new Set(["observed","suspected","notObserved","notAssessed"]);
const CODES124 = new Set(["ngo","lawEnforcement","financialInstitution","fiu","survivorSelfReport","other"]);
const CODES125 = new Set(["low","medium","high"]);
const CODES126 = new Set(["bank","msb","vasp","otherFI","dnfbp","other"]);
const CODES127 = new Set(["filed","acceptedByFiu","returnedByFiu","disseminated"]);
const CODES128 = new Set(["HUMAN TRAFFICKING FIN-2020-A008","Advisory Human Trafficking","Advisory Human Smuggling","FIN-2023-PIGBUTCHERING","XXMSHTXX","#ProjectProtect"]);
const CODES129 = new Set(["police","prosecutor","labourInspectorate","immigrationAuthority","taxAuthority","supervisor","foreignFiu","other"]);
const CODES130 = new Set(["us314a","us314b","ukJmlit","auFintelAlliance","caProjectProtect","caProjectShadow","otherPartnership","otherLegalGateway"]);
const CODES131 = new Set(["enhancedDueDiligence","transactionBlocked","accountRestricted","accountFrozen","relationshipExited","fundsReturnedToVictim","other"]);
const CODES132 = new Set(["freeze","seizure","confiscation","returnToVictims","other"]);
const CODES133 = new Set(["criminal","nonConvictionBased","administrative","other"]);
const CODES134 = new Set(["applied","granted","partlyGranted","refused","lifted","withdrawn","completed"]);
const CODES135 = new Set(["insufficientEvidence","noConviction","notRecognisedAsVictim","outOfTime","noAssetsAvailable","claimantUnreachable","ineligibleResidenceStatus","other"]);
const CODES136 = new Set(["criminalCompensationOrder","civilClaim","stateFund","backPayFromEmployer","confiscatedAssets","remediationByBuyer","other"]);
const CODES137 = new Set(["bankAccountOpened","alternativeCddUsed","survivorInclusionInitiativeReferral","creditRecordRemediation","fraudulentDebtCancelled","financialLiteracySupport","safeRemittanceSetup","other"]);
const CODES138 = new Set(["Education","Financial","Health","LabourExploitationRehabilitation","Legal","Livelihood","RightsBasedTraining","SexualExploitationRehabilitation","SocialCare","Other"]);
const CODES139 = new Set(["AdditionalServicesRequired","MigrationOrChangeOfLocation","Other"]);
const CODES140 = new Set(["muleBankAccounts","vaspAccounts","otcDesks","paymentProcessors","cashCouriers","giftCards","other"]);
const CODES141 = new Set(["victimFamily","victim","ngo","other"]);
const PATTERN142 = new RegExp("^[0-9]{4}-(0[1-9]|1[0-2])$", "u");
const CODES143 = new Set(["TLP:AMBER","TLP:AMBER+STRICT","TLP:RED"]);
const CODES144 = new Set(["investigation","customerDueDiligence","transactionMonitoringTuning","victimSupport"]);
const CODES145 = new Set(["phoneE164","email","passportNumber","nationalId","socialMediaHandle","messagingHandle","deviceId","ipAddress","postalAddress","other"]);
const PATTERN146 = new RegExp("^[0-9a-f]{64}$", "u");
const PATTERN147 = new RegExp("^([A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?|[A-Z0-9]{18}[0-9]{2}|[0-9]{9})$", "u");
const CODES148 = new Set(["iban","accountNumber","pan","walletAddress","mobileMoneyNumber","bic","abaRoutingNumber","upiVpa","pixKey","appHandle","other"]);
const PATTERN149 = new RegExp("^[*]{4}[0-9]{4}$", "u");
const PATTERN150 = new RegExp("^(0x[0-9a-fA-F]{40}|[13LMTr][1-9A-HJ-NP-Za-km-z]{24,34}|(bc|tb|ltc|BC|TB|LTC)1[02-9ac-hj-np-zAC-HJ-NP-Z]{6,87}|[EU]Q[A-Za-z0-9_-]{46}|[48][1-9A-HJ-NP-Za-km-z]{94}|[1-9A-HJ-NP-Za-km-z]{32,44})$", "u");
const PATTERN151 = new RegExp("^([A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?|[0-9]{9})$", "u");
const PATTERN152 = new RegExp("^((0x)?[0-9a-fA-F]{64}|[1-9A-HJ-NP-Za-km-z]{64,90})$", "u");
const CODES153 = new Set(["investigationOpened","traffickingCharge","moneyLaunderingCharge","conviction","acquittal","noFurtherAction","other"]);

/** True when no two items of a list of texts are equal. */
function allDifferent(list) {
  if (list.length <= 16) {
    for (let i = 1; i < list.length; i++) for (let j = 0; j < i; j++) if (list[i] === list[j]) return false;
    return true;
  }
  return new Set(list).size === list.length;
}

function checkAggregateMissingValue(d) {
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

function checkAggregateCaseReportExploitationTypesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES10.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateCaseReportForcedCriminalityTypesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES11.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateCaseReportSexualExploitationTypesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES12.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateCaseReportExploitationPlatformsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && CODES13.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateCaseReportSectorsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES14.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateCaseReportTypologiesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES15.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateCountryInvolvementRolesList(d) {
  if (!(Array.isArray(d) && d.length >= 1)) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES16.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateCountryInvolvement(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "country":
        if (v !== undefined) {
          if (!((typeof v == "string" && CODES4.has(v)))) return false;
          seen |= 1;
        }
        break;
      case "roles":
        if (v !== undefined) {
          if (!checkAggregateCountryInvolvementRolesList(v)) return false;
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

function checkAggregateCaseReportCountriesInvolvedList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkAggregateCountryInvolvement(v))) return false;
  }
  return true;
}

function checkAggregateBandedMoney(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "currency":
        if (v !== undefined && !((typeof v == "string" && CODES19.has(v)))) return false;
        break;
      case "amountBand":
        if (v !== undefined) {
          if (!((typeof v == "string" && CODES20.has(v)))) return false;
          seen |= 1;
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
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkAggregateSharingPermittedPurposesList(d) {
  if (!(Array.isArray(d) && d.length >= 1)) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(typeof v == "string" && CODES23.has(v))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateSharingSanitisationMethodsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES28.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateSharing(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "tlp":
        if (v !== undefined) {
          if (!(typeof v == "string" && CODES22.has(v))) return false;
          seen |= 1;
        }
        break;
      case "permittedPurposes":
        if (v !== undefined) {
          if (!checkAggregateSharingPermittedPurposesList(v)) return false;
          seen |= 2;
        }
        break;
      case "onwardSharing":
        if (v !== undefined) {
          if (!((typeof v == "string" && CODES24.has(v)))) return false;
          seen |= 4;
        }
        break;
      case "legalBasis":
        if (v !== undefined && !((((typeof v == "string" && CODES25.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "specialCategoryCondition":
        if (v !== undefined && !((((typeof v == "string" && CODES26.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "handlingCode3x5x2":
        if (v !== undefined && !((((typeof v == "string" && CODES27.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "retentionUntil":
        if (v !== undefined && !(((typeof v == "string" && PATTERN5.test(v)) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "sanitised":
        if (v !== undefined) {
          if (!((v === true))) return false;
          seen |= 8;
        }
        break;
      case "sanitisationMethods":
        if (v !== undefined && !((checkAggregateSharingSanitisationMethodsAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "kAnonymityThreshold":
        if (v !== undefined && !((((typeof v == "number" && !(v % 1) && isFinite(v)) && (!((typeof v == "number" && isFinite(v))) || !(v < 2))) || (checkAggregateMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 15) === 15)) return false;
  return true;
}

function checkAggregateConsentConsentScopeAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES30.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateConsent(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "consentStatus":
        if (v !== undefined) {
          if (!((((typeof v == "string" && CODES29.has(v))) || (checkAggregateMissingValue(v))))) return false;
          seen |= 1;
        }
        break;
      case "consentScope":
        if (v !== undefined && !((checkAggregateConsentConsentScopeAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "consentDate":
        if (v !== undefined && !(((typeof v == "string" && PATTERN5.test(v)) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "consentForm":
        if (v !== undefined && !((((typeof v == "string" && CODES31.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "consentToInterview":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "informedOfPurpose":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "informedOfDataUse":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "informedOfResearchUse":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "informedOfAccessRight":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "informedOfRetention":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "informedOfWithdrawal":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkAggregateProvenanceInformationSourcesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES32.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateProvenance(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "informationSources":
        if (v !== undefined) {
          if (!((checkAggregateProvenanceInformationSourcesAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
          seen |= 1;
        }
        break;
      case "sourceEvaluation3x5x2":
        if (v !== undefined && !((((typeof v == "string" && CODES33.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "intelligenceAssessment3x5x2":
        if (v !== undefined && !((((typeof v == "string" && CODES34.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "admiraltySourceReliability":
        if (v !== undefined && !((((typeof v == "string" && CODES35.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "admiraltyInformationCredibility":
        if (v !== undefined && !((((typeof v == "string" && CODES36.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkAggregatePersonRoleInProcessAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES39.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregatePersonCitizenshipAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES4.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregatePersonInternationalProtectionStatusAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES43.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregatePersonOtherMigrationStatusAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES44.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateSanctionsDesignation(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "authority":
        if (v !== undefined) {
          if (!((typeof v == "string" && CODES49.has(v)))) return false;
          seen |= 2;
        }
        break;
      case "status":
        if (v !== undefined && !((((typeof v == "string" && CODES50.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "designationDate":
        if (v !== undefined && !(((typeof v == "string" && PATTERN5.test(v)) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "delistingDate":
        if (v !== undefined && !(((typeof v == "string" && PATTERN5.test(v)) || (checkAggregateMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 3) === 3)) return false;
  return true;
}

function checkAggregatePersonSanctionsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkAggregateSanctionsDesignation(v))) return false;
  }
  return true;
}

function checkAggregatePersonContactDetailsHeldAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES52.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregatePersonOrganisationRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregatePerson(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "personRole":
        if (v !== undefined) {
          if (!((((typeof v == "string" && CODES38.has(v))) || (checkAggregateMissingValue(v))))) return false;
          seen |= 2;
        }
        break;
      case "roleInProcess":
        if (v !== undefined && !((checkAggregatePersonRoleInProcessAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "ageBand":
        if (v !== undefined && !((((typeof v == "string" && CODES40.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "minorWhenRecorded":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "minorAtStartOfExploitation":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "gender":
        if (v !== undefined && !((((typeof v == "string" && CODES41.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "citizenship":
        if (v !== undefined && !((checkAggregatePersonCitizenshipAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "countryOfResidence":
        if (v !== undefined && !((((typeof v == "string" && CODES4.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "migrantType":
        if (v !== undefined && !((((typeof v == "string" && CODES42.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "internationalProtectionStatus":
        if (v !== undefined && !((checkAggregatePersonInternationalProtectionStatusAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "otherMigrationStatus":
        if (v !== undefined && !((checkAggregatePersonOtherMigrationStatusAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "relationshipToTrafficker":
        if (v !== undefined && !((((typeof v == "string" && CODES45.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "highestEducationLevel":
        if (v !== undefined && !((((typeof v == "string" && CODES46.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "occupationDeclaredToFI":
        if (v !== undefined && !((((typeof v == "string" && CODES47.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "sharedIdentifierWithAds":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "criminalJusticeStatus":
        if (v !== undefined && !((((typeof v == "string" && CODES48.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "sanctionsDesignated":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "sanctions":
        if (v !== undefined && !checkAggregatePersonSanctionsList(v)) return false;
        break;
      case "nonPunishmentFlag":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "primaryLanguage":
        if (v !== undefined && !(((typeof v == "string" && PATTERN51.test(v)) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "numberOfChildren":
        if (v !== undefined && !((((typeof v == "number" && !(v % 1) && isFinite(v)) && (!((typeof v == "number" && isFinite(v))) || !(v < 0))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "ageBandWhenTrafficked":
        if (v !== undefined && !((((typeof v == "string" && CODES40.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "contactDetailsHeld":
        if (v !== undefined && !((checkAggregatePersonContactDetailsHeldAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "organisationRefs":
        if (v !== undefined && !checkAggregatePersonOrganisationRefsList(v)) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 3) === 3)) return false;
  return true;
}

function checkAggregateCaseReportPersonsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkAggregatePerson(v))) return false;
  }
  return true;
}

function checkAggregateOrganisationOrgRoleInCaseAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES53.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateOrganisationBeneficialOwnerRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateOwnershipOrControlInterestTypesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES58.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateOwnershipOrControl(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "interestedPartyRef":
        if (v !== undefined && !((typeof v == "string" && PATTERN37.test(v)))) return false;
        break;
      case "interestTypes":
        if (v !== undefined && !((checkAggregateOwnershipOrControlInterestTypesAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "directOrIndirect":
        if (v !== undefined && !((((typeof v == "string" && CODES59.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "shareMinimum":
        if (v !== undefined && !((((typeof v == "number" && isFinite(v)) && !(v < 0) && !(v > 100)) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "shareMaximum":
        if (v !== undefined && !((((typeof v == "number" && isFinite(v)) && !(v < 0) && !(v > 100)) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "isNominee":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "nominatorRef":
        if (v !== undefined && !((typeof v == "string" && PATTERN37.test(v)))) return false;
        break;
      case "isBeneficialOwnershipOrControl":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "interestStart":
        if (v !== undefined && !(((typeof v == "string" && PATTERN5.test(v)) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "interestEnd":
        if (v !== undefined && !(((typeof v == "string" && PATTERN5.test(v)) || (checkAggregateMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkAggregateOrganisationOwnershipList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkAggregateOwnershipOrControl(v))) return false;
  }
  return true;
}

function checkAggregateOrganisationSanctionsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkAggregateSanctionsDesignation(v))) return false;
  }
  return true;
}

function checkAggregateOrganisation(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "orgRoleInCase":
        if (v !== undefined) {
          if (!((checkAggregateOrganisationOrgRoleInCaseAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
          seen |= 2;
        }
        break;
      case "isFrontBusiness":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "frontBusinessType":
        if (v !== undefined && !((((typeof v == "string" && CODES54.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "sector":
        if (v !== undefined && !((((typeof v == "string" && CODES14.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "countryOfRegistration":
        if (v !== undefined && !((((typeof v == "string" && CODES4.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "legalForm":
        if (v !== undefined && !((((typeof v == "string" && CODES55.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "registrationNumberKeyId":
        if (v !== undefined && !(typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && (v.length <= 100 || ucs2length(v) <= 100))) return false;
        break;
      case "licensedRecruiter":
        if (v !== undefined && !((((typeof v == "string" && CODES56.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "declaredWorkforceBand":
        if (v !== undefined && !((((typeof v == "string" && CODES18.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "observedWorkerBand":
        if (v !== undefined && !((((typeof v == "string" && CODES18.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "payrollObserved":
        if (v !== undefined && !((((typeof v == "string" && CODES57.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "workersSharedAddress":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "cashIntensive":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "beneficialOwnerRefs":
        if (v !== undefined && !checkAggregateOrganisationBeneficialOwnerRefsList(v)) return false;
        break;
      case "ownership":
        if (v !== undefined && !checkAggregateOrganisationOwnershipList(v)) return false;
        break;
      case "sanctionsDesignated":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "sanctions":
        if (v !== undefined && !checkAggregateOrganisationSanctionsList(v)) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 3) === 3)) return false;
  return true;
}

function checkAggregateCaseReportOrganisationsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkAggregateOrganisation(v))) return false;
  }
  return true;
}

function checkAggregateVictimProfilePersonRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateRecruitmentRecruitmentMethodsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES60.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateRecruitmentRecruitmentPlatformsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && CODES13.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateRecruitmentRelatedCostsChargedAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES63.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateRecruitmentFeeFinancedByAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES64.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateRecruitmentWageDeductionsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES66.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateRecruitment(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "recruitmentMethods":
        if (v !== undefined && !((checkAggregateRecruitmentRecruitmentMethodsAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "recruitmentPlatforms":
        if (v !== undefined && !((checkAggregateRecruitmentRecruitmentPlatformsAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "falsePromisesMade":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "promisedPay":
        if (v !== undefined && !((((checkAggregateBandedMoney(v)) || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "actualPay":
        if (v !== undefined && !((((checkAggregateBandedMoney(v)) || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "contractSubstitution":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "recruitmentFeeCharged":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "recruitmentFee":
        if (v !== undefined && !((((checkAggregateBandedMoney(v)) || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "recruitmentFeePaidTo":
        if (v !== undefined && !((((typeof v == "string" && CODES61.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "recruitmentFeePaymentMethod":
        if (v !== undefined && !((((typeof v == "string" && CODES62.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "relatedCostsCharged":
        if (v !== undefined && !((checkAggregateRecruitmentRelatedCostsChargedAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "feeFinancedBy":
        if (v !== undefined && !((checkAggregateRecruitmentFeeFinancedByAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "travelPaidBy":
        if (v !== undefined && !((((typeof v == "string" && CODES65.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "wageDeductions":
        if (v !== undefined && !((checkAggregateRecruitmentWageDeductionsAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "deductionShareBand":
        if (v !== undefined && !((((typeof v == "string" && CODES67.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "ransomDemanded":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkAggregateFinancialControlAppliesToPersonRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateFinancialControlDocumentsHeldByAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES68.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateFinancialControlDocumentsHeldByRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateFinancialControlAccountControlMethodsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES69.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateFinancialControlOtherMethodsOfControlAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES75.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateFinancialControl(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "appliesToPersonRefs":
        if (v !== undefined && !checkAggregateFinancialControlAppliesToPersonRefsList(v)) return false;
        break;
      case "debtBondage":
        if (v !== undefined) {
          if (!((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
          seen |= 1;
        }
        break;
      case "takesEarnings":
        if (v !== undefined) {
          if (!((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
          seen |= 2;
        }
        break;
      case "restrictsFinancialAccess":
        if (v !== undefined) {
          if (!((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
          seen |= 4;
        }
        break;
      case "withholdsDocuments":
        if (v !== undefined) {
          if (!((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
          seen |= 8;
        }
        break;
      case "documentsHeldBy":
        if (v !== undefined && !((checkAggregateFinancialControlDocumentsHeldByAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "documentsHeldByRefs":
        if (v !== undefined && !checkAggregateFinancialControlDocumentsHeldByRefsList(v)) return false;
        break;
      case "accountControlledByOther":
        if (v !== undefined) {
          if (!((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
          seen |= 16;
        }
        break;
      case "accountControlMethods":
        if (v !== undefined && !((checkAggregateFinancialControlAccountControlMethodsAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "accountOpenedBy":
        if (v !== undefined && !((((typeof v == "string" && CODES70.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "victimHadIndependentAccess":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "wagesPaid":
        if (v !== undefined && !((((typeof v == "string" && CODES71.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "wagesWithheldDuration":
        if (v !== undefined && !((((typeof v == "string" && CODES72.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "wagePaymentMethod":
        if (v !== undefined && !((((typeof v == "string" && CODES62.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "wageRecipient":
        if (v !== undefined && !((((typeof v == "string" && CODES73.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "remittancesToFamily":
        if (v !== undefined && !((((typeof v == "string" && CODES74.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "remittanceChannel":
        if (v !== undefined && !((((typeof v == "string" && CODES62.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "finesImposed":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "fines":
        if (v !== undefined && !((((checkAggregateBandedMoney(v)) || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "forcedPurchases":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "victimBankedBeforeExploitation":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "otherMethodsOfControl":
        if (v !== undefined && !((checkAggregateFinancialControlOtherMethodsOfControlAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 31) === 31)) return false;
  return true;
}

function checkAggregateVictimFinancialMisuseTransactionsForcedToConductAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES77.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateVictimFinancialMisuseAccountsOpenedInVictimNameByAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES70.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateVictimFinancialMisuseCreditInVictimNameAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES79.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateVictimFinancialMisuseVictimCompanyRoleAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES80.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateVictimFinancialMisuseAssetsRegisteredInVictimNameAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES81.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateVictimFinancialMisuseAppliesToPersonRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateVictimFinancialMisuse(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "usedAsMoneyMule":
        if (v !== undefined) {
          if (!((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
          seen |= 1;
        }
        break;
      case "muleAwareness":
        if (v !== undefined && !((((typeof v == "string" && CODES76.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "transactionsForcedToConduct":
        if (v !== undefined && !((checkAggregateVictimFinancialMisuseTransactionsForcedToConductAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "accountsOpenedInVictimNameBand":
        if (v !== undefined && !((((typeof v == "string" && CODES78.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "accountsOpenedInVictimNameBy":
        if (v !== undefined && !((checkAggregateVictimFinancialMisuseAccountsOpenedInVictimNameByAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "creditInVictimName":
        if (v !== undefined && !((checkAggregateVictimFinancialMisuseCreditInVictimNameAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "creditInVictimNameAmount":
        if (v !== undefined && !((((checkAggregateBandedMoney(v)) || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "benefitsOrTaxFraudInVictimName":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "companyRegisteredInVictimName":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "victimCompanyRole":
        if (v !== undefined && !((checkAggregateVictimFinancialMisuseVictimCompanyRoleAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "assetsRegisteredInVictimName":
        if (v !== undefined && !((checkAggregateVictimFinancialMisuseAssetsRegisteredInVictimNameAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "victimIdentityUsedForCryptoKyc":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "creditRecordDamaged":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "victimPenalisedForLaundering":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "appliesToPersonRefs":
        if (v !== undefined && !checkAggregateVictimFinancialMisuseAppliesToPersonRefsList(v)) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkAggregateScamCompoundWorkJobAdPlatformsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && CODES13.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateScamCompoundWorkTransitCountriesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES4.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateScamCompoundWorkScamTypesForcedAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES83.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateScamCompoundWork(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "jobAdvertisedAs":
        if (v !== undefined && !((((typeof v == "string" && CODES82.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "jobAdPlatforms":
        if (v !== undefined && !((checkAggregateScamCompoundWorkJobAdPlatformsAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "transitCountries":
        if (v !== undefined && !((checkAggregateScamCompoundWorkTransitCountriesAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "scamTypesForced":
        if (v !== undefined && !((checkAggregateScamCompoundWorkScamTypesForcedAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "quotaImposed":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "timesSoldBand":
        if (v !== undefined && !((((typeof v == "string" && CODES84.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "debtIncreasedOnResale":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkAggregateSurvivorLosses(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "unpaidWagesOwed":
        if (v !== undefined && !((((checkAggregateBandedMoney(v)) || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "totalDeductions":
        if (v !== undefined && !((((checkAggregateBandedMoney(v)) || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "feesAndCostsPaid":
        if (v !== undefined && !((((checkAggregateBandedMoney(v)) || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "periodWorkedStart":
        if (v !== undefined && !(((typeof v == "string" && PATTERN5.test(v)) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "periodWorkedEnd":
        if (v !== undefined && !(((typeof v == "string" && PATTERN5.test(v)) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "hoursWorkedPerWeek":
        if (v !== undefined && !((((typeof v == "number" && !(v % 1) && isFinite(v)) && (!((typeof v == "number" && isFinite(v))) || !(v < 0) && !(v > 168))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "calculationBasis":
        if (v !== undefined && !((((typeof v == "string" && CODES85.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkAggregatePenaltiesSufferedFraudMarkerDatabasesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES86.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregatePenaltiesSuffered(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "arrested":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "charged":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "convicted":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "finedByAuthorities":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "accountsClosed":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "fraudMarkerRecorded":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "fraudMarkerDatabases":
        if (v !== undefined && !((checkAggregatePenaltiesSufferedFraudMarkerDatabasesAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkAggregateVictimProfile(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "personRefs":
        if (v !== undefined && !checkAggregateVictimProfilePersonRefsList(v)) return false;
        break;
      case "recruitment":
        if (v !== undefined && !(checkAggregateRecruitment(v))) return false;
        break;
      case "financialControl":
        if (v !== undefined) {
          if (!(checkAggregateFinancialControl(v))) return false;
          seen |= 2;
        }
        break;
      case "victimFinancialMisuse":
        if (v !== undefined) {
          if (!(checkAggregateVictimFinancialMisuse(v))) return false;
          seen |= 4;
        }
        break;
      case "scamCompoundWork":
        if (v !== undefined && !(checkAggregateScamCompoundWork(v))) return false;
        break;
      case "losses":
        if (v !== undefined && !(checkAggregateSurvivorLosses(v))) return false;
        break;
      case "penalties":
        if (v !== undefined && !(checkAggregatePenaltiesSuffered(v))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 7) === 7)) return false;
  return true;
}

function checkAggregateCaseReportVictimProfilesList(d) {
  if (!(Array.isArray(d) && d.length >= 1)) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkAggregateVictimProfile(v))) return false;
  }
  return true;
}

function checkAggregateDebtOriginsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES87.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateDebtRepaymentMethodsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES92.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateDebt(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "debtorRef":
        if (v !== undefined && !((typeof v == "string" && PATTERN37.test(v)))) return false;
        break;
      case "origins":
        if (v !== undefined && !((checkAggregateDebtOriginsAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "initialAmount":
        if (v !== undefined && !((((checkAggregateBandedMoney(v)) || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "currentAmount":
        if (v !== undefined && !((((checkAggregateBandedMoney(v)) || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "arbitrarilyIncreased":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "interestApplied":
        if (v !== undefined && !((((typeof v == "string" && CODES88.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "interestRateBand":
        if (v !== undefined && !((((typeof v == "string" && CODES89.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "creditorType":
        if (v !== undefined && !((((typeof v == "string" && CODES90.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "creditorRef":
        if (v !== undefined && !((typeof v == "string" && PATTERN37.test(v)))) return false;
        break;
      case "instrument":
        if (v !== undefined && !((((typeof v == "string" && CODES91.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "soldOrAssigned":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "repaymentMethods":
        if (v !== undefined && !((checkAggregateDebtRepaymentMethodsAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkAggregateCaseReportDebtsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkAggregateDebt(v))) return false;
  }
  return true;
}

function checkAggregateAccountHolderRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateAccountControllerRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateAccountCryptoAssetsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && CODES97.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateAccountSharesIdentifiersWithRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateAccountObservedUsesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES100.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateAccount(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "holderRefs":
        if (v !== undefined && !checkAggregateAccountHolderRefsList(v)) return false;
        break;
      case "controllerRefs":
        if (v !== undefined && !checkAggregateAccountControllerRefsList(v)) return false;
        break;
      case "holderType":
        if (v !== undefined && !((((typeof v == "string" && CODES93.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "instrumentType":
        if (v !== undefined) {
          if (!((((typeof v == "string" && CODES94.has(v))) || (checkAggregateMissingValue(v))))) return false;
          seen |= 2;
        }
        break;
      case "institutionType":
        if (v !== undefined) {
          if (!((((typeof v == "string" && CODES95.has(v))) || (checkAggregateMissingValue(v))))) return false;
          seen |= 4;
        }
        break;
      case "institutionCountry":
        if (v !== undefined) {
          if (!((((typeof v == "string" && CODES4.has(v))) || (checkAggregateMissingValue(v))))) return false;
          seen |= 8;
        }
        break;
      case "cryptoNetwork":
        if (v !== undefined && !((((typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && CODES96.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "cryptoAssets":
        if (v !== undefined && !((checkAggregateAccountCryptoAssetsAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "walletAttribution":
        if (v !== undefined && !((((typeof v == "string" && CODES98.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "currency":
        if (v !== undefined && !((((typeof v == "string" && CODES19.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "openedPeriod":
        if (v !== undefined && !(((typeof v == "string" && PATTERN5.test(v)) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "closedPeriod":
        if (v !== undefined && !(((typeof v == "string" && PATTERN5.test(v)) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "accountStatus":
        if (v !== undefined && !((((typeof v == "string" && CODES99.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "sharesIdentifiersWithRefs":
        if (v !== undefined && !checkAggregateAccountSharesIdentifiersWithRefsList(v)) return false;
        break;
      case "observedUses":
        if (v !== undefined && !((checkAggregateAccountObservedUsesAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 3) === 3)) return false;
  if (((d.instrumentType === undefined || !(d.instrumentType === "selfHostedCryptoWallet"))) && !((seen & 12) === 12)) return false;
  return true;
}

function checkAggregateCaseReportAccountsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkAggregateAccount(v))) return false;
  }
  return true;
}

function checkAggregateTransactionPlace(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "country":
        if (v !== undefined && !((((typeof v == "string" && CODES4.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "region":
        if (v !== undefined && !(((typeof v == "string" && PATTERN17.test(v)) || (checkAggregateMissingValue(v))))) return false;
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

function checkAggregateIntermediaryInstitution(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "country":
        if (v !== undefined && !((((typeof v == "string" && CODES4.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkAggregateCryptoDetailsExposureCategoriesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES98.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateCryptoDetailsObfuscationStepsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES113.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateCryptoDetails(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "asset":
        if (v !== undefined && !((((typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && CODES97.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "network":
        if (v !== undefined && !((((typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && CODES96.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "counterpartyWalletAttribution":
        if (v !== undefined && !((((typeof v == "string" && CODES98.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "exposureCategories":
        if (v !== undefined && !((checkAggregateCryptoDetailsExposureCategoriesAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "obfuscationSteps":
        if (v !== undefined && !((checkAggregateCryptoDetailsObfuscationStepsAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "travelRuleData":
        if (v !== undefined && !((((typeof v == "string" && CODES114.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "viaMixerOrBridge":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "fiatEquivalent":
        if (v !== undefined && !((((checkAggregateBandedMoney(v)) || (checkAggregateMissingValue(v)))))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkAggregateTransactionEvidenceBasisAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES115.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateTransaction(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "date":
        if (v !== undefined && !(((typeof v == "string" && PATTERN5.test(v)) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "timeOfDayBand":
        if (v !== undefined && !((((typeof v == "string" && CODES101.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "place":
        if (v !== undefined && !(checkAggregateTransactionPlace(v))) return false;
        break;
      case "channel":
        if (v !== undefined && !((((typeof v == "string" && CODES102.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "isAggregate":
        if (v !== undefined) {
          if (!(typeof v == "boolean")) return false;
          seen |= 2;
        }
        break;
      case "frequency":
        if (v !== undefined && !((((typeof v == "string" && CODES103.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "count":
        if (v !== undefined && !((((typeof v == "number" && !(v % 1) && isFinite(v)) && (!((typeof v == "number" && isFinite(v))) || !(v < 1))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "periodStart":
        if (v !== undefined && !(((typeof v == "string" && PATTERN5.test(v)) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "periodEnd":
        if (v !== undefined && !(((typeof v == "string" && PATTERN5.test(v)) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "distinctCounterpartiesCount":
        if (v !== undefined && !((((typeof v == "number" && !(v % 1) && isFinite(v)) && (!((typeof v == "number" && isFinite(v))) || !(v < 1))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "distinctPlacesCount":
        if (v !== undefined && !((((typeof v == "number" && !(v % 1) && isFinite(v)) && (!((typeof v == "number" && isFinite(v))) || !(v < 1))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "dwellTimeBand":
        if (v !== undefined && !((((typeof v == "string" && CODES104.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "amount":
        if (v !== undefined) {
          if (!((((checkAggregateBandedMoney(v)) || (checkAggregateMissingValue(v)))))) return false;
          seen |= 4;
        }
        break;
      case "fromRef":
        if (v !== undefined && !((typeof v == "string" && PATTERN37.test(v)))) return false;
        break;
      case "toRef":
        if (v !== undefined && !((typeof v == "string" && PATTERN37.test(v)))) return false;
        break;
      case "directionRelativeToVictim":
        if (v !== undefined && !((((typeof v == "string" && CODES105.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "method":
        if (v !== undefined) {
          if (!((((typeof v == "string" && CODES62.has(v))) || (checkAggregateMissingValue(v))))) return false;
          seen |= 8;
        }
        break;
      case "rail":
        if (v !== undefined && !((((typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && CODES106.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "provider":
        if (v !== undefined && !((((typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && CODES107.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "payoutType":
        if (v !== undefined && !((((typeof v == "string" && CODES108.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "intermediaryInstitution":
        if (v !== undefined && !(checkAggregateIntermediaryInstitution(v))) return false;
        break;
      case "purpose":
        if (v !== undefined) {
          if (!((((typeof v == "string" && CODES109.has(v))) || (checkAggregateMissingValue(v))))) return false;
          seen |= 16;
        }
        break;
      case "merchantCategoryCode":
        if (v !== undefined && !(((typeof v == "string" && PATTERN110.test(v)) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "counterpartyType":
        if (v !== undefined && !((((typeof v == "string" && CODES111.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "counterpartyCountry":
        if (v !== undefined && !((((typeof v == "string" && CODES4.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "onBehalfOfRef":
        if (v !== undefined && !((typeof v == "string" && PATTERN37.test(v)))) return false;
        break;
      case "debtRef":
        if (v !== undefined && !((typeof v == "string" && PATTERN37.test(v)))) return false;
        break;
      case "traffickingStage":
        if (v !== undefined && !((((typeof v == "string" && CODES112.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "belowReportingThreshold":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "crossBorder":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "cryptoDetails":
        if (v !== undefined && !(checkAggregateCryptoDetails(v))) return false;
        break;
      case "evidenceBasis":
        if (v !== undefined && !((checkAggregateTransactionEvidenceBasisAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 31) === 31)) return false;
  return true;
}

function checkAggregateCaseReportTransactionsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkAggregateTransaction(v))) return false;
  }
  return true;
}

function checkAggregateLaunderingLaunderingMethodsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES116.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateAssetFundingSourcesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES119.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateAssetAcquisitionTransactionRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateAsset(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "assetType":
        if (v !== undefined && !((((typeof v == "string" && CODES117.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "country":
        if (v !== undefined && !((((typeof v == "string" && CODES4.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "value":
        if (v !== undefined && !((((checkAggregateBandedMoney(v)) || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "registeredToRole":
        if (v !== undefined && !((((typeof v == "string" && CODES118.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "registeredToRef":
        if (v !== undefined && !((typeof v == "string" && PATTERN37.test(v)))) return false;
        break;
      case "acquisitionDate":
        if (v !== undefined && !(((typeof v == "string" && PATTERN5.test(v)) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "fundingSources":
        if (v !== undefined && !((checkAggregateAssetFundingSourcesAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "acquisitionTransactionRefs":
        if (v !== undefined && !checkAggregateAssetAcquisitionTransactionRefsList(v)) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkAggregateLaunderingAssetsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkAggregateAsset(v))) return false;
  }
  return true;
}

function checkAggregateTradeBasedDetailMisInvoicingAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES121.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateTradeBasedDetailTransactionRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateTradeBasedDetail(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "hsChapter":
        if (v !== undefined && !((((typeof v == "string" && CODES120.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "misInvoicing":
        if (v !== undefined && !((checkAggregateTradeBasedDetailMisInvoicingAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "originCountry":
        if (v !== undefined && !((((typeof v == "string" && CODES4.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "destinationCountry":
        if (v !== undefined && !((((typeof v == "string" && CODES4.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "transactionRefs":
        if (v !== undefined && !checkAggregateTradeBasedDetailTransactionRefsList(v)) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkAggregateLaunderingTradeBasedDetailsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkAggregateTradeBasedDetail(v))) return false;
  }
  return true;
}

function checkAggregateLaunderingProceedsDestinationCountriesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES4.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateLaundering(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "launderingMethods":
        if (v !== undefined && !((checkAggregateLaunderingLaunderingMethodsAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "assets":
        if (v !== undefined && !checkAggregateLaunderingAssetsList(v)) return false;
        break;
      case "tradeBasedDetails":
        if (v !== undefined && !checkAggregateLaunderingTradeBasedDetailsList(v)) return false;
        break;
      case "proceedsDestinationCountries":
        if (v !== undefined && !((checkAggregateLaunderingProceedsDestinationCountriesAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkAggregateIndicatorObservationSubjectRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateIndicatorObservationEvidenceRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateIndicatorObservation(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "indicatorId":
        if (v !== undefined) {
          if (!(typeof v == "string" && PATTERN122.test(v))) return false;
          seen |= 2;
        }
        break;
      case "status":
        if (v !== undefined) {
          if (!((typeof v == "string" && CODES123.has(v)))) return false;
          seen |= 4;
        }
        break;
      case "observedBy":
        if (v !== undefined && !((((typeof v == "string" && CODES124.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "confidence":
        if (v !== undefined && !((((typeof v == "string" && CODES125.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "subjectRefs":
        if (v !== undefined && !checkAggregateIndicatorObservationSubjectRefsList(v)) return false;
        break;
      case "evidenceRefs":
        if (v !== undefined && !checkAggregateIndicatorObservationEvidenceRefsList(v)) return false;
        break;
      case "evidenceBasis":
        if (v !== undefined && !((((typeof v == "string" && CODES115.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "firstObserved":
        if (v !== undefined && !(((typeof v == "string" && PATTERN5.test(v)) || (checkAggregateMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 7) === 7)) return false;
  return true;
}

function checkAggregateCaseReportIndicatorsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkAggregateIndicatorObservation(v))) return false;
  }
  return true;
}

function checkAggregateOutcomesStrSarFiledByAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES126.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateStrSarFilingKeyTermsUsedAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && CODES128.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateStrSarFilingSubjectRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateStrSarFilingAccountRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateStrSarFilingTransactionRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateStrSarFiling(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "filerType":
        if (v !== undefined && !((((typeof v == "string" && CODES126.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "jurisdiction":
        if (v !== undefined && !((((typeof v == "string" && CODES4.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "period":
        if (v !== undefined && !(((typeof v == "string" && PATTERN5.test(v)) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "status":
        if (v !== undefined && !((((typeof v == "string" && CODES127.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "keyTermsUsed":
        if (v !== undefined && !((checkAggregateStrSarFilingKeyTermsUsedAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "subjectRefs":
        if (v !== undefined && !checkAggregateStrSarFilingSubjectRefsList(v)) return false;
        break;
      case "accountRefs":
        if (v !== undefined && !checkAggregateStrSarFilingAccountRefsList(v)) return false;
        break;
      case "transactionRefs":
        if (v !== undefined && !checkAggregateStrSarFilingTransactionRefsList(v)) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkAggregateOutcomesStrSarFilingsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkAggregateStrSarFiling(v))) return false;
  }
  return true;
}

function checkAggregateFiuDisseminationStrSarFilingRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateFiuDissemination(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "recipientType":
        if (v !== undefined && !((((typeof v == "string" && CODES129.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "recipientCountry":
        if (v !== undefined && !((((typeof v == "string" && CODES4.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "period":
        if (v !== undefined && !(((typeof v == "string" && PATTERN5.test(v)) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "strSarFilingRefs":
        if (v !== undefined && !checkAggregateFiuDisseminationStrSarFilingRefsList(v)) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkAggregateOutcomesFiuDisseminationsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkAggregateFiuDissemination(v))) return false;
  }
  return true;
}

function checkAggregatePublicPrivateSharingStrSarFilingRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregatePublicPrivateSharing(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "route":
        if (v !== undefined && !((((typeof v == "string" && CODES130.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "period":
        if (v !== undefined && !(((typeof v == "string" && PATTERN5.test(v)) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "strSarFilingRefs":
        if (v !== undefined && !checkAggregatePublicPrivateSharingStrSarFilingRefsList(v)) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkAggregateOutcomesPublicPrivateSharingList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkAggregatePublicPrivateSharing(v))) return false;
  }
  return true;
}

function checkAggregateOutcomesFiAccountActionsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES131.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateAssetActionAccountRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateAssetActionAssetRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateAssetActionReturnedToRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateAssetAction(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
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
        if (v !== undefined && !((((typeof v == "string" && CODES133.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "status":
        if (v !== undefined && !((((typeof v == "string" && CODES134.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "refusalReason":
        if (v !== undefined && !((((typeof v == "string" && CODES135.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "date":
        if (v !== undefined && !(((typeof v == "string" && PATTERN5.test(v)) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "amount":
        if (v !== undefined && !((((checkAggregateBandedMoney(v)) || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "accountRefs":
        if (v !== undefined && !checkAggregateAssetActionAccountRefsList(v)) return false;
        break;
      case "assetRefs":
        if (v !== undefined && !checkAggregateAssetActionAssetRefsList(v)) return false;
        break;
      case "returnedToRefs":
        if (v !== undefined && !checkAggregateAssetActionReturnedToRefsList(v)) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 3) === 3)) return false;
  return true;
}

function checkAggregateOutcomesAssetActionsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkAggregateAssetAction(v))) return false;
  }
  return true;
}

function checkAggregateAssetRecovery(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "amount":
        if (v !== undefined && !((((checkAggregateBandedMoney(v)) || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "confiscationType":
        if (v !== undefined && !((((typeof v == "string" && CODES133.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkAggregateCompensationClaimClaimantRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateCompensationClaimSourcesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES136.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateCompensationClaimPaidFromAssetActionRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateCompensationClaim(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "claimantRefs":
        if (v !== undefined && !checkAggregateCompensationClaimClaimantRefsList(v)) return false;
        break;
      case "sources":
        if (v !== undefined && !((checkAggregateCompensationClaimSourcesAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "dateClaimed":
        if (v !== undefined && !(((typeof v == "string" && PATTERN5.test(v)) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "status":
        if (v !== undefined && !((((typeof v == "string" && CODES134.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "refusalReason":
        if (v !== undefined && !((((typeof v == "string" && CODES135.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "amountClaimed":
        if (v !== undefined && !((((checkAggregateBandedMoney(v)) || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "awarded":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "amountAwarded":
        if (v !== undefined && !((((checkAggregateBandedMoney(v)) || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "paid":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "amountPaid":
        if (v !== undefined && !((((checkAggregateBandedMoney(v)) || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "paidFromAssetActionRefs":
        if (v !== undefined && !checkAggregateCompensationClaimPaidFromAssetActionRefsList(v)) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkAggregateOutcomesCompensationClaimsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkAggregateCompensationClaim(v))) return false;
  }
  return true;
}

function checkAggregateOutcomesFinancialInclusionSupportAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES137.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateOutcomesSupportPlanTypesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES138.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateReferral(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "reason":
        if (v !== undefined && !((((typeof v == "string" && CODES139.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "date":
        if (v !== undefined && !(((typeof v == "string" && PATTERN5.test(v)) || (checkAggregateMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkAggregateOutcomesReferralsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkAggregateReferral(v))) return false;
  }
  return true;
}

function checkAggregateOutcomes(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "strSarFiled":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "strSarFiledBy":
        if (v !== undefined && !((checkAggregateOutcomesStrSarFiledByAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "strSarFilings":
        if (v !== undefined && !checkAggregateOutcomesStrSarFilingsList(v)) return false;
        break;
      case "fiuDisseminations":
        if (v !== undefined && !checkAggregateOutcomesFiuDisseminationsList(v)) return false;
        break;
      case "publicPrivateSharing":
        if (v !== undefined && !checkAggregateOutcomesPublicPrivateSharingList(v)) return false;
        break;
      case "fiAccountActions":
        if (v !== undefined && !((checkAggregateOutcomesFiAccountActionsAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "assetActions":
        if (v !== undefined && !checkAggregateOutcomesAssetActionsList(v)) return false;
        break;
      case "assetsFrozen":
        if (v !== undefined && !(checkAggregateAssetRecovery(v))) return false;
        break;
      case "assetsConfiscated":
        if (v !== undefined && !(checkAggregateAssetRecovery(v))) return false;
        break;
      case "compensationClaims":
        if (v !== undefined && !checkAggregateOutcomesCompensationClaimsList(v)) return false;
        break;
      case "financialInclusionSupport":
        if (v !== undefined && !((checkAggregateOutcomesFinancialInclusionSupportAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "supportPlanTypes":
        if (v !== undefined && !((checkAggregateOutcomesSupportPlanTypesAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "referrals":
        if (v !== undefined && !checkAggregateOutcomesReferralsList(v)) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkAggregateScamCompoundScamVictimFundsRoutingAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES140.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateScamCompoundTargetedScamVictimCountriesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES4.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateRansomPaidByRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateRansomRecipientAccountRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateRansomTransactionRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkAggregateRansom(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "victimRef":
        if (v !== undefined && !((typeof v == "string" && PATTERN37.test(v)))) return false;
        break;
      case "amountDemanded":
        if (v !== undefined && !((((checkAggregateBandedMoney(v)) || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "paid":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "amountPaid":
        if (v !== undefined && !((((checkAggregateBandedMoney(v)) || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "amount":
        if (v !== undefined && !((((checkAggregateBandedMoney(v)) || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "paymentMethod":
        if (v !== undefined && !((((typeof v == "string" && CODES62.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "paidBy":
        if (v !== undefined && !((((typeof v == "string" && CODES141.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "paidByRefs":
        if (v !== undefined && !checkAggregateRansomPaidByRefsList(v)) return false;
        break;
      case "recipientAccountRefs":
        if (v !== undefined && !checkAggregateRansomRecipientAccountRefsList(v)) return false;
        break;
      case "transactionRefs":
        if (v !== undefined && !checkAggregateRansomTransactionRefsList(v)) return false;
        break;
      case "date":
        if (v !== undefined && !(((typeof v == "string" && PATTERN5.test(v)) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "datePaid":
        if (v !== undefined && !(((typeof v == "string" && PATTERN5.test(v)) || (checkAggregateMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkAggregateScamCompoundRansomsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkAggregateRansom(v))) return false;
  }
  return true;
}

function checkAggregateScamCompound(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "compoundCountry":
        if (v !== undefined && !((((typeof v == "string" && CODES4.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "scamVictimFundsRouting":
        if (v !== undefined && !((checkAggregateScamCompoundScamVictimFundsRoutingAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "targetedScamVictimCountries":
        if (v !== undefined && !((checkAggregateScamCompoundTargetedScamVictimCountriesAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "ransoms":
        if (v !== undefined && !checkAggregateScamCompoundRansomsList(v)) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkAggregateCaseReport(d) {
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
      case "reportingOrgType":
        if (v !== undefined) {
          if (!((typeof v == "string" && CODES3.has(v)))) return false;
          seen |= 8;
        }
        break;
      case "reportingCountry":
        if (v !== undefined) {
          if (!((typeof v == "string" && CODES4.has(v)))) return false;
          seen |= 16;
        }
        break;
      case "dateReported":
        if (v !== undefined) {
          if (!(typeof v == "string" && PATTERN5.test(v))) return false;
          seen |= 32;
        }
        break;
      case "informationAsOf":
        if (v !== undefined && !(((typeof v == "string" && PATTERN5.test(v)) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "caseStatus":
        if (v !== undefined && !((((typeof v == "string" && CODES7.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "traffickingStatus":
        if (v !== undefined) {
          if (!((((typeof v == "string" && CODES8.has(v))) || (checkAggregateMissingValue(v))))) return false;
          seen |= 64;
        }
        break;
      case "traffickingStatusDecidedBy":
        if (v !== undefined && !((((typeof v == "string" && CODES9.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "exploitationStart":
        if (v !== undefined && !(((typeof v == "string" && PATTERN5.test(v)) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "exploitationEnd":
        if (v !== undefined && !(((typeof v == "string" && PATTERN5.test(v)) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "ongoingExploitation":
        if (v !== undefined && !((((typeof v == "boolean") || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "exploitationTypes":
        if (v !== undefined) {
          if (!((checkAggregateCaseReportExploitationTypesAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
          seen |= 128;
        }
        break;
      case "forcedCriminalityTypes":
        if (v !== undefined && !((checkAggregateCaseReportForcedCriminalityTypesAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "sexualExploitationTypes":
        if (v !== undefined && !((checkAggregateCaseReportSexualExploitationTypesAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "exploitationPlatforms":
        if (v !== undefined && !((checkAggregateCaseReportExploitationPlatformsAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "sectors":
        if (v !== undefined && !((checkAggregateCaseReportSectorsAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "typologies":
        if (v !== undefined && !((checkAggregateCaseReportTypologiesAnyOf0List(v) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "countriesInvolved":
        if (v !== undefined && !checkAggregateCaseReportCountriesInvolvedList(v)) return false;
        break;
      case "victimCountBand":
        if (v !== undefined && !((((typeof v == "string" && CODES18.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "perpetratorCountBand":
        if (v !== undefined && !((((typeof v == "string" && CODES18.has(v))) || (checkAggregateMissingValue(v))))) return false;
        break;
      case "estimatedProceeds":
        if (v !== undefined && !((((checkAggregateBandedMoney(v)) || (checkAggregateMissingValue(v)))))) return false;
        break;
      case "narrativeRedacted":
        if (v !== undefined && !(typeof v == "boolean")) return false;
        break;
      case "sharing":
        if (v !== undefined) {
          if (!(checkAggregateSharing(v))) return false;
          seen |= 256;
        }
        break;
      case "consent":
        if (v !== undefined) {
          if (!(checkAggregateConsent(v))) return false;
          seen |= 512;
        }
        break;
      case "provenance":
        if (v !== undefined) {
          if (!(checkAggregateProvenance(v))) return false;
          seen |= 1024;
        }
        break;
      case "persons":
        if (v !== undefined && !checkAggregateCaseReportPersonsList(v)) return false;
        break;
      case "organisations":
        if (v !== undefined && !checkAggregateCaseReportOrganisationsList(v)) return false;
        break;
      case "victimProfiles":
        if (v !== undefined) {
          if (!checkAggregateCaseReportVictimProfilesList(v)) return false;
          seen |= 2048;
        }
        break;
      case "debts":
        if (v !== undefined && !checkAggregateCaseReportDebtsList(v)) return false;
        break;
      case "accounts":
        if (v !== undefined && !checkAggregateCaseReportAccountsList(v)) return false;
        break;
      case "transactions":
        if (v !== undefined && !checkAggregateCaseReportTransactionsList(v)) return false;
        break;
      case "laundering":
        if (v !== undefined && !(checkAggregateLaundering(v))) return false;
        break;
      case "indicatorCatalogueVersion":
        if (v !== undefined) {
          if (!(typeof v == "string" && PATTERN0.test(v))) return false;
          seen |= 8192;
        }
        break;
      case "indicators":
        if (v !== undefined) {
          if (!checkAggregateCaseReportIndicatorsList(v)) return false;
          seen |= 4096;
        }
        break;
      case "outcomes":
        if (v !== undefined && !(checkAggregateOutcomes(v))) return false;
        break;
      case "scamCompound":
        if (v !== undefined && !(checkAggregateScamCompound(v))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 4095) === 4095)) return false;
  if ((seen & 4096) !== 0 && !((seen & 8192) === 8192)) return false;
  return true;
}

function checkTacticalMissingValue(d) {
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

function checkTacticalCaseReportExploitationTypesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES10.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalCaseReportForcedCriminalityTypesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES11.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalCaseReportSexualExploitationTypesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES12.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalCaseReportExploitationPlatformsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && CODES13.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalCaseReportSectorsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES14.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalCaseReportTypologiesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES15.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalCountryInvolvementRolesList(d) {
  if (!(Array.isArray(d) && d.length >= 1)) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES16.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalCountryInvolvement(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "country":
        if (v !== undefined) {
          if (!((typeof v == "string" && CODES4.has(v)))) return false;
          seen |= 1;
        }
        break;
      case "roles":
        if (v !== undefined) {
          if (!checkTacticalCountryInvolvementRolesList(v)) return false;
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

function checkTacticalCaseReportCountriesInvolvedList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkTacticalCountryInvolvement(v))) return false;
  }
  return true;
}

function checkTacticalMoney(d) {
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

function checkTacticalSharingPermittedPurposesList(d) {
  if (!(Array.isArray(d) && d.length >= 1)) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(typeof v == "string" && CODES144.has(v))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalSharingSanitisationMethodsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES28.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalSharing(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "tlp":
        if (v !== undefined) {
          if (!(typeof v == "string" && CODES143.has(v))) return false;
          seen |= 1;
        }
        break;
      case "permittedPurposes":
        if (v !== undefined) {
          if (!checkTacticalSharingPermittedPurposesList(v)) return false;
          seen |= 2;
        }
        break;
      case "onwardSharing":
        if (v !== undefined) {
          if (!((typeof v == "string" && CODES24.has(v)))) return false;
          seen |= 4;
        }
        break;
      case "legalBasis":
        if (v !== undefined && !((((typeof v == "string" && CODES25.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "specialCategoryCondition":
        if (v !== undefined && !((((typeof v == "string" && CODES26.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "statutoryGateway":
        if (v !== undefined && !(typeof v == "string" && (v.length <= 2000 || ucs2length(v) <= 2000))) return false;
        break;
      case "handlingCode3x5x2":
        if (v !== undefined && !((((typeof v == "string" && CODES27.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "handlingConditions":
        if (v !== undefined && !(typeof v == "string" && (v.length <= 2000 || ucs2length(v) <= 2000))) return false;
        break;
      case "retentionUntil":
        if (v !== undefined && !(((typeof v == "string" && isFullDate(v)) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "sanitised":
        if (v !== undefined) {
          if (!((v === true))) return false;
          seen |= 8;
        }
        break;
      case "sanitisationMethods":
        if (v !== undefined && !((checkTacticalSharingSanitisationMethodsAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "kAnonymityThreshold":
        if (v !== undefined && !((((typeof v == "number" && !(v % 1) && isFinite(v)) && (!((typeof v == "number" && isFinite(v))) || !(v < 2))) || (checkTacticalMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 15) === 15)) return false;
  return true;
}

function checkTacticalConsentConsentScopeAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES30.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalConsent(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "consentStatus":
        if (v !== undefined) {
          if (!((((typeof v == "string" && CODES29.has(v))) || (checkTacticalMissingValue(v))))) return false;
          seen |= 1;
        }
        break;
      case "consentScope":
        if (v !== undefined && !((checkTacticalConsentConsentScopeAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "consentDate":
        if (v !== undefined && !(((typeof v == "string" && isFullDate(v)) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "consentForm":
        if (v !== undefined && !((((typeof v == "string" && CODES31.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "consentToInterview":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "informedOfPurpose":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "informedOfDataUse":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "informedOfResearchUse":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "informedOfAccessRight":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "informedOfRetention":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "informedOfWithdrawal":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkTacticalProvenanceInformationSourcesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES32.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalProvenance(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "informationSources":
        if (v !== undefined) {
          if (!((checkTacticalProvenanceInformationSourcesAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
          seen |= 1;
        }
        break;
      case "sourceEvaluation3x5x2":
        if (v !== undefined && !((((typeof v == "string" && CODES33.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "intelligenceAssessment3x5x2":
        if (v !== undefined && !((((typeof v == "string" && CODES34.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "admiraltySourceReliability":
        if (v !== undefined && !((((typeof v == "string" && CODES35.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "admiraltyInformationCredibility":
        if (v !== undefined && !((((typeof v == "string" && CODES36.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkTacticalPersonRoleInProcessAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES39.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalPersonCitizenshipAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES4.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalPersonInternationalProtectionStatusAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES43.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalPersonOtherMigrationStatusAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES44.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalPersonIdentifier(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "type":
        if (v !== undefined) {
          if (!((((typeof v == "string" && CODES145.has(v))) || (checkTacticalMissingValue(v))))) return false;
          seen |= 2;
        }
        break;
      case "platform":
        if (v !== undefined && !((((typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && CODES13.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "valueHmac":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN146.test(v)))) return false;
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
  if (!(((seen & 4) === 4))) return false;
  return true;
}

function checkTacticalPersonIdentifiersList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkTacticalPersonIdentifier(v))) return false;
  }
  return true;
}

function checkTacticalSanctionsDesignation(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "authority":
        if (v !== undefined) {
          if (!((typeof v == "string" && CODES49.has(v)))) return false;
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
        if (v !== undefined && !((((typeof v == "string" && CODES50.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "designationDate":
        if (v !== undefined && !(((typeof v == "string" && isFullDate(v)) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "delistingDate":
        if (v !== undefined && !(((typeof v == "string" && isFullDate(v)) || (checkTacticalMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 3) === 3)) return false;
  return true;
}

function checkTacticalPersonSanctionsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkTacticalSanctionsDesignation(v))) return false;
  }
  return true;
}

function checkTacticalPersonContactDetailsHeldAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES52.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalPersonOrganisationRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalPerson(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "personRole":
        if (v !== undefined) {
          if (!((((typeof v == "string" && CODES38.has(v))) || (checkTacticalMissingValue(v))))) return false;
          seen |= 2;
        }
        break;
      case "roleInProcess":
        if (v !== undefined && !((checkTacticalPersonRoleInProcessAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "ageBand":
        if (v !== undefined && !((((typeof v == "string" && CODES40.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "minorWhenRecorded":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "minorAtStartOfExploitation":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "gender":
        if (v !== undefined && !((((typeof v == "string" && CODES41.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "citizenship":
        if (v !== undefined && !((checkTacticalPersonCitizenshipAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "countryOfResidence":
        if (v !== undefined && !((((typeof v == "string" && CODES4.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "migrantType":
        if (v !== undefined && !((((typeof v == "string" && CODES42.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "internationalProtectionStatus":
        if (v !== undefined && !((checkTacticalPersonInternationalProtectionStatusAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "otherMigrationStatus":
        if (v !== undefined && !((checkTacticalPersonOtherMigrationStatusAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "relationshipToTrafficker":
        if (v !== undefined && !((((typeof v == "string" && CODES45.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "highestEducationLevel":
        if (v !== undefined && !((((typeof v == "string" && CODES46.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "occupationDeclaredToFI":
        if (v !== undefined && !((((typeof v == "string" && CODES47.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "identifiers":
        if (v !== undefined && !checkTacticalPersonIdentifiersList(v)) return false;
        break;
      case "sharedIdentifierWithAds":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "criminalJusticeStatus":
        if (v !== undefined && !((((typeof v == "string" && CODES48.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "sanctionsDesignated":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "sanctions":
        if (v !== undefined && !checkTacticalPersonSanctionsList(v)) return false;
        break;
      case "nonPunishmentFlag":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "primaryLanguage":
        if (v !== undefined && !(((typeof v == "string" && PATTERN51.test(v)) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "numberOfChildren":
        if (v !== undefined && !((((typeof v == "number" && !(v % 1) && isFinite(v)) && (!((typeof v == "number" && isFinite(v))) || !(v < 0))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "ageBandWhenTrafficked":
        if (v !== undefined && !((((typeof v == "string" && CODES40.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "contactDetailsHeld":
        if (v !== undefined && !((checkTacticalPersonContactDetailsHeldAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "organisationRefs":
        if (v !== undefined && !checkTacticalPersonOrganisationRefsList(v)) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 3) === 3)) return false;
  return true;
}

function checkTacticalCaseReportPersonsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkTacticalPerson(v))) return false;
  }
  return true;
}

function checkTacticalOrganisationOrgRoleInCaseAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES53.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalOrganisationBeneficialOwnerRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalOwnershipOrControlInterestTypesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES58.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalOwnershipOrControl(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "interestedPartyRef":
        if (v !== undefined && !((typeof v == "string" && PATTERN37.test(v)))) return false;
        break;
      case "interestTypes":
        if (v !== undefined && !((checkTacticalOwnershipOrControlInterestTypesAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "directOrIndirect":
        if (v !== undefined && !((((typeof v == "string" && CODES59.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "shareMinimum":
        if (v !== undefined && !((((typeof v == "number" && isFinite(v)) && !(v < 0) && !(v > 100)) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "shareMaximum":
        if (v !== undefined && !((((typeof v == "number" && isFinite(v)) && !(v < 0) && !(v > 100)) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "isNominee":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "nominatorRef":
        if (v !== undefined && !((typeof v == "string" && PATTERN37.test(v)))) return false;
        break;
      case "isBeneficialOwnershipOrControl":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "interestStart":
        if (v !== undefined && !((((typeof v == "string" && PATTERN142.test(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "interestEnd":
        if (v !== undefined && !((((typeof v == "string" && PATTERN142.test(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkTacticalOrganisationOwnershipList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkTacticalOwnershipOrControl(v))) return false;
  }
  return true;
}

function checkTacticalOrganisationSanctionsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkTacticalSanctionsDesignation(v))) return false;
  }
  return true;
}

function checkTacticalOrganisation(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "orgRoleInCase":
        if (v !== undefined) {
          if (!((checkTacticalOrganisationOrgRoleInCaseAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
          seen |= 2;
        }
        break;
      case "isFrontBusiness":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "frontBusinessType":
        if (v !== undefined && !((((typeof v == "string" && CODES54.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "sector":
        if (v !== undefined && !((((typeof v == "string" && CODES14.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "countryOfRegistration":
        if (v !== undefined && !((((typeof v == "string" && CODES4.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "legalForm":
        if (v !== undefined && !((((typeof v == "string" && CODES55.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "registrationNumberHmac":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN146.test(v)))) return false;
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
        if (v !== undefined && !((((typeof v == "string" && CODES56.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "declaredWorkforceBand":
        if (v !== undefined && !((((typeof v == "string" && CODES18.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "observedWorkerBand":
        if (v !== undefined && !((((typeof v == "string" && CODES18.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "payrollObserved":
        if (v !== undefined && !((((typeof v == "string" && CODES57.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "workersSharedAddress":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "cashIntensive":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "beneficialOwnerRefs":
        if (v !== undefined && !checkTacticalOrganisationBeneficialOwnerRefsList(v)) return false;
        break;
      case "ownership":
        if (v !== undefined && !checkTacticalOrganisationOwnershipList(v)) return false;
        break;
      case "sanctionsDesignated":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "sanctions":
        if (v !== undefined && !checkTacticalOrganisationSanctionsList(v)) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 3) === 3)) return false;
  if ((seen & 4) !== 0 && !((seen & 8) === 8)) return false;
  return true;
}

function checkTacticalCaseReportOrganisationsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkTacticalOrganisation(v))) return false;
  }
  return true;
}

function checkTacticalVictimProfilePersonRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalRecruitmentRecruitmentMethodsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES60.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalRecruitmentRecruitmentPlatformsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && CODES13.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalRecruitmentRelatedCostsChargedAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES63.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalRecruitmentFeeFinancedByAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES64.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalRecruitmentWageDeductionsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES66.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalRecruitment(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "recruitmentMethods":
        if (v !== undefined && !((checkTacticalRecruitmentRecruitmentMethodsAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "recruitmentPlatforms":
        if (v !== undefined && !((checkTacticalRecruitmentRecruitmentPlatformsAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "falsePromisesMade":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "promisedPay":
        if (v !== undefined && !((((checkTacticalMoney(v)) || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "actualPay":
        if (v !== undefined && !((((checkTacticalMoney(v)) || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "contractSubstitution":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "recruitmentFeeCharged":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "recruitmentFee":
        if (v !== undefined && !((((checkTacticalMoney(v)) || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "recruitmentFeePaidTo":
        if (v !== undefined && !((((typeof v == "string" && CODES61.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "recruitmentFeePaymentMethod":
        if (v !== undefined && !((((typeof v == "string" && CODES62.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "relatedCostsCharged":
        if (v !== undefined && !((checkTacticalRecruitmentRelatedCostsChargedAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "feeFinancedBy":
        if (v !== undefined && !((checkTacticalRecruitmentFeeFinancedByAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "travelPaidBy":
        if (v !== undefined && !((((typeof v == "string" && CODES65.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "wageDeductions":
        if (v !== undefined && !((checkTacticalRecruitmentWageDeductionsAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "deductionShareBand":
        if (v !== undefined && !((((typeof v == "string" && CODES67.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "ransomDemanded":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkTacticalFinancialControlAppliesToPersonRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalFinancialControlDocumentsHeldByAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES68.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalFinancialControlDocumentsHeldByRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalFinancialControlAccountControlMethodsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES69.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalFinancialControlOtherMethodsOfControlAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES75.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalFinancialControl(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "appliesToPersonRefs":
        if (v !== undefined && !checkTacticalFinancialControlAppliesToPersonRefsList(v)) return false;
        break;
      case "debtBondage":
        if (v !== undefined) {
          if (!((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
          seen |= 1;
        }
        break;
      case "takesEarnings":
        if (v !== undefined) {
          if (!((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
          seen |= 2;
        }
        break;
      case "restrictsFinancialAccess":
        if (v !== undefined) {
          if (!((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
          seen |= 4;
        }
        break;
      case "withholdsDocuments":
        if (v !== undefined) {
          if (!((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
          seen |= 8;
        }
        break;
      case "documentsHeldBy":
        if (v !== undefined && !((checkTacticalFinancialControlDocumentsHeldByAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "documentsHeldByRefs":
        if (v !== undefined && !checkTacticalFinancialControlDocumentsHeldByRefsList(v)) return false;
        break;
      case "accountControlledByOther":
        if (v !== undefined) {
          if (!((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
          seen |= 16;
        }
        break;
      case "accountControlMethods":
        if (v !== undefined && !((checkTacticalFinancialControlAccountControlMethodsAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "accountOpenedBy":
        if (v !== undefined && !((((typeof v == "string" && CODES70.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "victimHadIndependentAccess":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "wagesPaid":
        if (v !== undefined && !((((typeof v == "string" && CODES71.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "wagesWithheldDuration":
        if (v !== undefined && !((((typeof v == "string" && CODES72.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "wagePaymentMethod":
        if (v !== undefined && !((((typeof v == "string" && CODES62.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "wageRecipient":
        if (v !== undefined && !((((typeof v == "string" && CODES73.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "remittancesToFamily":
        if (v !== undefined && !((((typeof v == "string" && CODES74.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "remittanceChannel":
        if (v !== undefined && !((((typeof v == "string" && CODES62.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "finesImposed":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "fines":
        if (v !== undefined && !((((checkTacticalMoney(v)) || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "forcedPurchases":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "victimBankedBeforeExploitation":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "otherMethodsOfControl":
        if (v !== undefined && !((checkTacticalFinancialControlOtherMethodsOfControlAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 31) === 31)) return false;
  return true;
}

function checkTacticalVictimFinancialMisuseTransactionsForcedToConductAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES77.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalVictimFinancialMisuseAccountsOpenedInVictimNameByAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES70.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalVictimFinancialMisuseCreditInVictimNameAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES79.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalVictimFinancialMisuseVictimCompanyRoleAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES80.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalVictimFinancialMisuseAssetsRegisteredInVictimNameAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES81.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalVictimFinancialMisuseAppliesToPersonRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalVictimFinancialMisuse(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "usedAsMoneyMule":
        if (v !== undefined) {
          if (!((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
          seen |= 1;
        }
        break;
      case "muleAwareness":
        if (v !== undefined && !((((typeof v == "string" && CODES76.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "transactionsForcedToConduct":
        if (v !== undefined && !((checkTacticalVictimFinancialMisuseTransactionsForcedToConductAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "accountsOpenedInVictimNameBand":
        if (v !== undefined && !((((typeof v == "string" && CODES78.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "accountsOpenedInVictimNameBy":
        if (v !== undefined && !((checkTacticalVictimFinancialMisuseAccountsOpenedInVictimNameByAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "creditInVictimName":
        if (v !== undefined && !((checkTacticalVictimFinancialMisuseCreditInVictimNameAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "creditInVictimNameAmount":
        if (v !== undefined && !((((checkTacticalMoney(v)) || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "benefitsOrTaxFraudInVictimName":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "companyRegisteredInVictimName":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "victimCompanyRole":
        if (v !== undefined && !((checkTacticalVictimFinancialMisuseVictimCompanyRoleAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "assetsRegisteredInVictimName":
        if (v !== undefined && !((checkTacticalVictimFinancialMisuseAssetsRegisteredInVictimNameAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "victimIdentityUsedForCryptoKyc":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "creditRecordDamaged":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "victimPenalisedForLaundering":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "appliesToPersonRefs":
        if (v !== undefined && !checkTacticalVictimFinancialMisuseAppliesToPersonRefsList(v)) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkTacticalScamCompoundWorkJobAdPlatformsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && CODES13.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalScamCompoundWorkTransitCountriesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES4.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalScamCompoundWorkScamTypesForcedAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES83.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalScamCompoundWork(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "jobAdvertisedAs":
        if (v !== undefined && !((((typeof v == "string" && CODES82.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "jobAdPlatforms":
        if (v !== undefined && !((checkTacticalScamCompoundWorkJobAdPlatformsAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "transitCountries":
        if (v !== undefined && !((checkTacticalScamCompoundWorkTransitCountriesAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "scamTypesForced":
        if (v !== undefined && !((checkTacticalScamCompoundWorkScamTypesForcedAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "quotaImposed":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "timesSoldBand":
        if (v !== undefined && !((((typeof v == "string" && CODES84.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "debtIncreasedOnResale":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkTacticalSurvivorLosses(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "unpaidWagesOwed":
        if (v !== undefined && !((((checkTacticalMoney(v)) || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "totalDeductions":
        if (v !== undefined && !((((checkTacticalMoney(v)) || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "feesAndCostsPaid":
        if (v !== undefined && !((((checkTacticalMoney(v)) || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "periodWorkedStart":
        if (v !== undefined && !((((typeof v == "string" && PATTERN142.test(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "periodWorkedEnd":
        if (v !== undefined && !((((typeof v == "string" && PATTERN142.test(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "hoursWorkedPerWeek":
        if (v !== undefined && !((((typeof v == "number" && !(v % 1) && isFinite(v)) && (!((typeof v == "number" && isFinite(v))) || !(v < 0) && !(v > 168))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "calculationBasis":
        if (v !== undefined && !((((typeof v == "string" && CODES85.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkTacticalPenaltiesSufferedFraudMarkerDatabasesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES86.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalPenaltiesSuffered(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "arrested":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "charged":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "convicted":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "finedByAuthorities":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "accountsClosed":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "fraudMarkerRecorded":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "fraudMarkerDatabases":
        if (v !== undefined && !((checkTacticalPenaltiesSufferedFraudMarkerDatabasesAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkTacticalVictimProfile(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "personRefs":
        if (v !== undefined && !checkTacticalVictimProfilePersonRefsList(v)) return false;
        break;
      case "recruitment":
        if (v !== undefined && !(checkTacticalRecruitment(v))) return false;
        break;
      case "financialControl":
        if (v !== undefined) {
          if (!(checkTacticalFinancialControl(v))) return false;
          seen |= 2;
        }
        break;
      case "victimFinancialMisuse":
        if (v !== undefined) {
          if (!(checkTacticalVictimFinancialMisuse(v))) return false;
          seen |= 4;
        }
        break;
      case "scamCompoundWork":
        if (v !== undefined && !(checkTacticalScamCompoundWork(v))) return false;
        break;
      case "losses":
        if (v !== undefined && !(checkTacticalSurvivorLosses(v))) return false;
        break;
      case "penalties":
        if (v !== undefined && !(checkTacticalPenaltiesSuffered(v))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 7) === 7)) return false;
  return true;
}

function checkTacticalCaseReportVictimProfilesList(d) {
  if (!(Array.isArray(d) && d.length >= 1)) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkTacticalVictimProfile(v))) return false;
  }
  return true;
}

function checkTacticalDebtOriginsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES87.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalDebtRepaymentMethodsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES92.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalDebt(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "debtorRef":
        if (v !== undefined && !((typeof v == "string" && PATTERN37.test(v)))) return false;
        break;
      case "origins":
        if (v !== undefined && !((checkTacticalDebtOriginsAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "initialAmount":
        if (v !== undefined && !((((checkTacticalMoney(v)) || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "currentAmount":
        if (v !== undefined && !((((checkTacticalMoney(v)) || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "arbitrarilyIncreased":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "interestApplied":
        if (v !== undefined && !((((typeof v == "string" && CODES88.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "interestRateBand":
        if (v !== undefined && !((((typeof v == "string" && CODES89.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "creditorType":
        if (v !== undefined && !((((typeof v == "string" && CODES90.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "creditorRef":
        if (v !== undefined && !((typeof v == "string" && PATTERN37.test(v)))) return false;
        break;
      case "instrument":
        if (v !== undefined && !((((typeof v == "string" && CODES91.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "soldOrAssigned":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "repaymentMethods":
        if (v !== undefined && !((checkTacticalDebtRepaymentMethodsAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkTacticalCaseReportDebtsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkTacticalDebt(v))) return false;
  }
  return true;
}

function checkTacticalAccountHolderRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalAccountControllerRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalAccountIdentifier(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "scheme":
        if (v !== undefined) {
          if (!((((typeof v == "string" && CODES148.has(v))) || (checkTacticalMissingValue(v))))) return false;
          seen |= 2;
        }
        break;
      case "valueHmac":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN146.test(v)))) return false;
          seen |= 4;
        }
        break;
      case "truncated":
        if (v !== undefined) {
          if (!(typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && (v.length <= 64 || ucs2length(v) <= 64) && PATTERN149.test(v))) return false;
          seen |= 8;
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
  if (!(((seen & 4) === 4) || ((seen & 8) === 8))) return false;
  return true;
}

function checkTacticalAccountIdentifiersList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkTacticalAccountIdentifier(v))) return false;
  }
  return true;
}

function checkTacticalAccountCryptoAssetsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && CODES97.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalAccountSharesIdentifiersWithRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalAccountObservedUsesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES100.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalAccount(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "holderRefs":
        if (v !== undefined && !checkTacticalAccountHolderRefsList(v)) return false;
        break;
      case "controllerRefs":
        if (v !== undefined && !checkTacticalAccountControllerRefsList(v)) return false;
        break;
      case "holderType":
        if (v !== undefined && !((((typeof v == "string" && CODES93.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "instrumentType":
        if (v !== undefined) {
          if (!((((typeof v == "string" && CODES94.has(v))) || (checkTacticalMissingValue(v))))) return false;
          seen |= 2;
        }
        break;
      case "institutionType":
        if (v !== undefined) {
          if (!((((typeof v == "string" && CODES95.has(v))) || (checkTacticalMissingValue(v))))) return false;
          seen |= 4;
        }
        break;
      case "institutionName":
        if (v !== undefined && !(typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && (v.length <= 200 || ucs2length(v) <= 200))) return false;
        break;
      case "institutionIdentifier":
        if (v !== undefined && !(typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && (v.length <= 100 || ucs2length(v) <= 100) && PATTERN147.test(v))) return false;
        break;
      case "institutionCountry":
        if (v !== undefined) {
          if (!((((typeof v == "string" && CODES4.has(v))) || (checkTacticalMissingValue(v))))) return false;
          seen |= 8;
        }
        break;
      case "identifiers":
        if (v !== undefined && !checkTacticalAccountIdentifiersList(v)) return false;
        break;
      case "walletAddress":
        if (v !== undefined && !(typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && (v.length <= 200 || ucs2length(v) <= 200) && PATTERN150.test(v))) return false;
        break;
      case "cryptoNetwork":
        if (v !== undefined && !((((typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && CODES96.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "cryptoAssets":
        if (v !== undefined && !((checkTacticalAccountCryptoAssetsAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "walletAttribution":
        if (v !== undefined && !((((typeof v == "string" && CODES98.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "currency":
        if (v !== undefined && !((((typeof v == "string" && CODES19.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "openedPeriod":
        if (v !== undefined && !((((typeof v == "string" && PATTERN142.test(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "closedPeriod":
        if (v !== undefined && !((((typeof v == "string" && PATTERN142.test(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "accountStatus":
        if (v !== undefined && !((((typeof v == "string" && CODES99.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "sharesIdentifiersWithRefs":
        if (v !== undefined && !checkTacticalAccountSharesIdentifiersWithRefsList(v)) return false;
        break;
      case "observedUses":
        if (v !== undefined && !((checkTacticalAccountObservedUsesAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 3) === 3)) return false;
  if (((d.instrumentType === undefined || !(d.instrumentType === "selfHostedCryptoWallet"))) && !((seen & 12) === 12)) return false;
  return true;
}

function checkTacticalCaseReportAccountsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkTacticalAccount(v))) return false;
  }
  return true;
}

function checkTacticalTransactionPlace(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "country":
        if (v !== undefined && !((((typeof v == "string" && CODES4.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "region":
        if (v !== undefined && !(((typeof v == "string" && PATTERN17.test(v)) || (checkTacticalMissingValue(v))))) return false;
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

function checkTacticalIntermediaryInstitution(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "identifier":
        if (v !== undefined && !(typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && (v.length <= 100 || ucs2length(v) <= 100) && PATTERN151.test(v))) return false;
        break;
      case "country":
        if (v !== undefined && !((((typeof v == "string" && CODES4.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkTacticalCryptoDetailsExposureCategoriesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES98.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalCryptoDetailsObfuscationStepsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES113.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalCryptoDetails(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "asset":
        if (v !== undefined && !((((typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && CODES97.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "network":
        if (v !== undefined && !((((typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && CODES96.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "assetAmount":
        if (v !== undefined && !((((typeof v == "number" && isFinite(v)) && !(v < 0)) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "txHash":
        if (v !== undefined && !(typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && (v.length <= 200 || ucs2length(v) <= 200) && PATTERN152.test(v))) return false;
        break;
      case "fromWallet":
        if (v !== undefined && !(typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && (v.length <= 200 || ucs2length(v) <= 200) && PATTERN150.test(v))) return false;
        break;
      case "toWallet":
        if (v !== undefined && !(typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && (v.length <= 200 || ucs2length(v) <= 200) && PATTERN150.test(v))) return false;
        break;
      case "counterpartyWalletAttribution":
        if (v !== undefined && !((((typeof v == "string" && CODES98.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "exposureCategories":
        if (v !== undefined && !((checkTacticalCryptoDetailsExposureCategoriesAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "obfuscationSteps":
        if (v !== undefined && !((checkTacticalCryptoDetailsObfuscationStepsAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "travelRuleData":
        if (v !== undefined && !((((typeof v == "string" && CODES114.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "viaMixerOrBridge":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "fiatEquivalent":
        if (v !== undefined && !((((checkTacticalMoney(v)) || (checkTacticalMissingValue(v)))))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkTacticalTransactionEvidenceBasisAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES115.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalTransaction(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "date":
        if (v !== undefined && !(((typeof v == "string" && isFullDate(v)) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "timeOfDayBand":
        if (v !== undefined && !((((typeof v == "string" && CODES101.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "place":
        if (v !== undefined && !(checkTacticalTransactionPlace(v))) return false;
        break;
      case "channel":
        if (v !== undefined && !((((typeof v == "string" && CODES102.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "isAggregate":
        if (v !== undefined) {
          if (!(typeof v == "boolean")) return false;
          seen |= 2;
        }
        break;
      case "frequency":
        if (v !== undefined && !((((typeof v == "string" && CODES103.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "count":
        if (v !== undefined && !((((typeof v == "number" && !(v % 1) && isFinite(v)) && (!((typeof v == "number" && isFinite(v))) || !(v < 1))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "periodStart":
        if (v !== undefined && !(((typeof v == "string" && isFullDate(v)) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "periodEnd":
        if (v !== undefined && !(((typeof v == "string" && isFullDate(v)) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "distinctCounterpartiesCount":
        if (v !== undefined && !((((typeof v == "number" && !(v % 1) && isFinite(v)) && (!((typeof v == "number" && isFinite(v))) || !(v < 1))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "distinctPlacesCount":
        if (v !== undefined && !((((typeof v == "number" && !(v % 1) && isFinite(v)) && (!((typeof v == "number" && isFinite(v))) || !(v < 1))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "dwellTimeBand":
        if (v !== undefined && !((((typeof v == "string" && CODES104.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "amount":
        if (v !== undefined) {
          if (!((((checkTacticalMoney(v)) || (checkTacticalMissingValue(v)))))) return false;
          seen |= 4;
        }
        break;
      case "fromRef":
        if (v !== undefined && !((typeof v == "string" && PATTERN37.test(v)))) return false;
        break;
      case "toRef":
        if (v !== undefined && !((typeof v == "string" && PATTERN37.test(v)))) return false;
        break;
      case "directionRelativeToVictim":
        if (v !== undefined && !((((typeof v == "string" && CODES105.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "method":
        if (v !== undefined) {
          if (!((((typeof v == "string" && CODES62.has(v))) || (checkTacticalMissingValue(v))))) return false;
          seen |= 8;
        }
        break;
      case "rail":
        if (v !== undefined && !((((typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && CODES106.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "provider":
        if (v !== undefined && !((((typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && CODES107.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "payoutType":
        if (v !== undefined && !((((typeof v == "string" && CODES108.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "intermediaryInstitution":
        if (v !== undefined && !(checkTacticalIntermediaryInstitution(v))) return false;
        break;
      case "purpose":
        if (v !== undefined) {
          if (!((((typeof v == "string" && CODES109.has(v))) || (checkTacticalMissingValue(v))))) return false;
          seen |= 16;
        }
        break;
      case "merchantCategoryCode":
        if (v !== undefined && !(((typeof v == "string" && PATTERN110.test(v)) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "merchantDescriptor":
        if (v !== undefined && !(typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && (v.length <= 200 || ucs2length(v) <= 200))) return false;
        break;
      case "paymentReference":
        if (v !== undefined && !(typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && (v.length <= 2000 || ucs2length(v) <= 2000))) return false;
        break;
      case "counterpartyType":
        if (v !== undefined && !((((typeof v == "string" && CODES111.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "counterpartyCountry":
        if (v !== undefined && !((((typeof v == "string" && CODES4.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "onBehalfOfRef":
        if (v !== undefined && !((typeof v == "string" && PATTERN37.test(v)))) return false;
        break;
      case "debtRef":
        if (v !== undefined && !((typeof v == "string" && PATTERN37.test(v)))) return false;
        break;
      case "traffickingStage":
        if (v !== undefined && !((((typeof v == "string" && CODES112.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "belowReportingThreshold":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "thresholdReference":
        if (v !== undefined && !(typeof v == "string" && (v.length <= 2000 || ucs2length(v) <= 2000))) return false;
        break;
      case "crossBorder":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "cryptoDetails":
        if (v !== undefined && !(checkTacticalCryptoDetails(v))) return false;
        break;
      case "evidenceBasis":
        if (v !== undefined && !((checkTacticalTransactionEvidenceBasisAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 31) === 31)) return false;
  return true;
}

function checkTacticalCaseReportTransactionsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkTacticalTransaction(v))) return false;
  }
  return true;
}

function checkTacticalLaunderingLaunderingMethodsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES116.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalAssetFundingSourcesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES119.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalAssetAcquisitionTransactionRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalAsset(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "assetType":
        if (v !== undefined && !((((typeof v == "string" && CODES117.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "country":
        if (v !== undefined && !((((typeof v == "string" && CODES4.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "value":
        if (v !== undefined && !((((checkTacticalMoney(v)) || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "registeredToRole":
        if (v !== undefined && !((((typeof v == "string" && CODES118.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "registeredToRef":
        if (v !== undefined && !((typeof v == "string" && PATTERN37.test(v)))) return false;
        break;
      case "acquisitionDate":
        if (v !== undefined && !((((typeof v == "string" && PATTERN142.test(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "fundingSources":
        if (v !== undefined && !((checkTacticalAssetFundingSourcesAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "acquisitionTransactionRefs":
        if (v !== undefined && !checkTacticalAssetAcquisitionTransactionRefsList(v)) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkTacticalLaunderingAssetsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkTacticalAsset(v))) return false;
  }
  return true;
}

function checkTacticalTradeBasedDetailMisInvoicingAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES121.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalTradeBasedDetailTransactionRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalTradeBasedDetail(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "goodsDescription":
        if (v !== undefined && !(typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && (v.length <= 500 || ucs2length(v) <= 500))) return false;
        break;
      case "hsChapter":
        if (v !== undefined && !((((typeof v == "string" && CODES120.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "misInvoicing":
        if (v !== undefined && !((checkTacticalTradeBasedDetailMisInvoicingAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "originCountry":
        if (v !== undefined && !((((typeof v == "string" && CODES4.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "destinationCountry":
        if (v !== undefined && !((((typeof v == "string" && CODES4.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "transactionRefs":
        if (v !== undefined && !checkTacticalTradeBasedDetailTransactionRefsList(v)) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkTacticalLaunderingTradeBasedDetailsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkTacticalTradeBasedDetail(v))) return false;
  }
  return true;
}

function checkTacticalLaunderingProceedsDestinationCountriesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES4.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalLaundering(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "launderingMethods":
        if (v !== undefined && !((checkTacticalLaunderingLaunderingMethodsAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "assets":
        if (v !== undefined && !checkTacticalLaunderingAssetsList(v)) return false;
        break;
      case "tradeBasedDetails":
        if (v !== undefined && !checkTacticalLaunderingTradeBasedDetailsList(v)) return false;
        break;
      case "proceedsDestinationCountries":
        if (v !== undefined && !((checkTacticalLaunderingProceedsDestinationCountriesAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkTacticalIndicatorObservationSubjectRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalIndicatorObservationEvidenceRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalIndicatorObservation(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "indicatorId":
        if (v !== undefined) {
          if (!(typeof v == "string" && PATTERN122.test(v))) return false;
          seen |= 2;
        }
        break;
      case "status":
        if (v !== undefined) {
          if (!((typeof v == "string" && CODES123.has(v)))) return false;
          seen |= 4;
        }
        break;
      case "observedBy":
        if (v !== undefined && !((((typeof v == "string" && CODES124.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "confidence":
        if (v !== undefined && !((((typeof v == "string" && CODES125.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "subjectRefs":
        if (v !== undefined && !checkTacticalIndicatorObservationSubjectRefsList(v)) return false;
        break;
      case "evidenceRefs":
        if (v !== undefined && !checkTacticalIndicatorObservationEvidenceRefsList(v)) return false;
        break;
      case "evidenceBasis":
        if (v !== undefined && !((((typeof v == "string" && CODES115.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "firstObserved":
        if (v !== undefined && !((((typeof v == "string" && PATTERN142.test(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 7) === 7)) return false;
  return true;
}

function checkTacticalCaseReportIndicatorsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkTacticalIndicatorObservation(v))) return false;
  }
  return true;
}

function checkTacticalOutcomesStrSarFiledByAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES126.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalStrSarFilingKeyTermsUsedAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && CODES128.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalStrSarFilingSubjectRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalStrSarFilingAccountRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalStrSarFilingTransactionRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalStrSarFiling(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "filerType":
        if (v !== undefined && !((((typeof v == "string" && CODES126.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "jurisdiction":
        if (v !== undefined && !((((typeof v == "string" && CODES4.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "period":
        if (v !== undefined && !((((typeof v == "string" && PATTERN142.test(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "status":
        if (v !== undefined && !((((typeof v == "string" && CODES127.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "keyTermsUsed":
        if (v !== undefined && !((checkTacticalStrSarFilingKeyTermsUsedAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "subjectRefs":
        if (v !== undefined && !checkTacticalStrSarFilingSubjectRefsList(v)) return false;
        break;
      case "accountRefs":
        if (v !== undefined && !checkTacticalStrSarFilingAccountRefsList(v)) return false;
        break;
      case "transactionRefs":
        if (v !== undefined && !checkTacticalStrSarFilingTransactionRefsList(v)) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkTacticalOutcomesStrSarFilingsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkTacticalStrSarFiling(v))) return false;
  }
  return true;
}

function checkTacticalFiuDisseminationStrSarFilingRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalFiuDissemination(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "recipientType":
        if (v !== undefined && !((((typeof v == "string" && CODES129.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "recipientCountry":
        if (v !== undefined && !((((typeof v == "string" && CODES4.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "period":
        if (v !== undefined && !((((typeof v == "string" && PATTERN142.test(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "strSarFilingRefs":
        if (v !== undefined && !checkTacticalFiuDisseminationStrSarFilingRefsList(v)) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkTacticalOutcomesFiuDisseminationsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkTacticalFiuDissemination(v))) return false;
  }
  return true;
}

function checkTacticalPublicPrivateSharingStrSarFilingRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalPublicPrivateSharing(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "route":
        if (v !== undefined && !((((typeof v == "string" && CODES130.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "period":
        if (v !== undefined && !((((typeof v == "string" && PATTERN142.test(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "strSarFilingRefs":
        if (v !== undefined && !checkTacticalPublicPrivateSharingStrSarFilingRefsList(v)) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkTacticalOutcomesPublicPrivateSharingList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkTacticalPublicPrivateSharing(v))) return false;
  }
  return true;
}

function checkTacticalOutcomesFiAccountActionsAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES131.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalAssetActionAccountRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalAssetActionAssetRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalAssetActionReturnedToRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalAssetAction(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
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
        if (v !== undefined && !((((typeof v == "string" && CODES133.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "status":
        if (v !== undefined && !((((typeof v == "string" && CODES134.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "refusalReason":
        if (v !== undefined && !((((typeof v == "string" && CODES135.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "date":
        if (v !== undefined && !(((typeof v == "string" && isFullDate(v)) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "amount":
        if (v !== undefined && !((((checkTacticalMoney(v)) || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "accountRefs":
        if (v !== undefined && !checkTacticalAssetActionAccountRefsList(v)) return false;
        break;
      case "assetRefs":
        if (v !== undefined && !checkTacticalAssetActionAssetRefsList(v)) return false;
        break;
      case "returnedToRefs":
        if (v !== undefined && !checkTacticalAssetActionReturnedToRefsList(v)) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 3) === 3)) return false;
  return true;
}

function checkTacticalOutcomesAssetActionsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkTacticalAssetAction(v))) return false;
  }
  return true;
}

function checkTacticalAssetRecovery(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "amount":
        if (v !== undefined && !((((checkTacticalMoney(v)) || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "confiscationType":
        if (v !== undefined && !((((typeof v == "string" && CODES133.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkTacticalOutcomesCriminalJusticeOutcomesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES153.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalCompensationClaimClaimantRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalCompensationClaimSourcesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES136.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalCompensationClaimPaidFromAssetActionRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalCompensationClaim(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "claimantRefs":
        if (v !== undefined && !checkTacticalCompensationClaimClaimantRefsList(v)) return false;
        break;
      case "sources":
        if (v !== undefined && !((checkTacticalCompensationClaimSourcesAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "dateClaimed":
        if (v !== undefined && !(((typeof v == "string" && isFullDate(v)) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "status":
        if (v !== undefined && !((((typeof v == "string" && CODES134.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "refusalReason":
        if (v !== undefined && !((((typeof v == "string" && CODES135.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "amountClaimed":
        if (v !== undefined && !((((checkTacticalMoney(v)) || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "awarded":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "amountAwarded":
        if (v !== undefined && !((((checkTacticalMoney(v)) || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "paid":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "amountPaid":
        if (v !== undefined && !((((checkTacticalMoney(v)) || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "paidFromAssetActionRefs":
        if (v !== undefined && !checkTacticalCompensationClaimPaidFromAssetActionRefsList(v)) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkTacticalOutcomesCompensationClaimsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkTacticalCompensationClaim(v))) return false;
  }
  return true;
}

function checkTacticalOutcomesFinancialInclusionSupportAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES137.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalOutcomesSupportPlanTypesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES138.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalReferral(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "reason":
        if (v !== undefined && !((((typeof v == "string" && CODES139.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "date":
        if (v !== undefined && !(((typeof v == "string" && isFullDate(v)) || (checkTacticalMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkTacticalOutcomesReferralsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkTacticalReferral(v))) return false;
  }
  return true;
}

function checkTacticalOutcomes(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "strSarFiled":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "strSarFiledBy":
        if (v !== undefined && !((checkTacticalOutcomesStrSarFiledByAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "strSarFilings":
        if (v !== undefined && !checkTacticalOutcomesStrSarFilingsList(v)) return false;
        break;
      case "fiuDisseminations":
        if (v !== undefined && !checkTacticalOutcomesFiuDisseminationsList(v)) return false;
        break;
      case "publicPrivateSharing":
        if (v !== undefined && !checkTacticalOutcomesPublicPrivateSharingList(v)) return false;
        break;
      case "fiAccountActions":
        if (v !== undefined && !((checkTacticalOutcomesFiAccountActionsAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "assetActions":
        if (v !== undefined && !checkTacticalOutcomesAssetActionsList(v)) return false;
        break;
      case "assetsFrozen":
        if (v !== undefined && !(checkTacticalAssetRecovery(v))) return false;
        break;
      case "assetsConfiscated":
        if (v !== undefined && !(checkTacticalAssetRecovery(v))) return false;
        break;
      case "criminalJusticeOutcomes":
        if (v !== undefined && !((checkTacticalOutcomesCriminalJusticeOutcomesAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "compensationClaims":
        if (v !== undefined && !checkTacticalOutcomesCompensationClaimsList(v)) return false;
        break;
      case "financialInclusionSupport":
        if (v !== undefined && !((checkTacticalOutcomesFinancialInclusionSupportAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "supportPlanTypes":
        if (v !== undefined && !((checkTacticalOutcomesSupportPlanTypesAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "referrals":
        if (v !== undefined && !checkTacticalOutcomesReferralsList(v)) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkTacticalScamCompoundScamVictimFundsRoutingAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES140.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalScamCompoundTargetedScamVictimCountriesAnyOf0List(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && CODES4.has(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalRansomPaidByRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalRansomRecipientAccountRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalRansomTransactionRefsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
  }
  if (n > 1 && !allDifferent(d)) return false;
  return true;
}

function checkTacticalRansom(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "id":
        if (v !== undefined) {
          if (!((typeof v == "string" && PATTERN37.test(v)))) return false;
          seen |= 1;
        }
        break;
      case "victimRef":
        if (v !== undefined && !((typeof v == "string" && PATTERN37.test(v)))) return false;
        break;
      case "amountDemanded":
        if (v !== undefined && !((((checkTacticalMoney(v)) || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "paid":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "amountPaid":
        if (v !== undefined && !((((checkTacticalMoney(v)) || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "amount":
        if (v !== undefined && !((((checkTacticalMoney(v)) || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "paymentMethod":
        if (v !== undefined && !((((typeof v == "string" && CODES62.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "paidBy":
        if (v !== undefined && !((((typeof v == "string" && CODES141.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "paidByRefs":
        if (v !== undefined && !checkTacticalRansomPaidByRefsList(v)) return false;
        break;
      case "recipientAccountRefs":
        if (v !== undefined && !checkTacticalRansomRecipientAccountRefsList(v)) return false;
        break;
      case "transactionRefs":
        if (v !== undefined && !checkTacticalRansomTransactionRefsList(v)) return false;
        break;
      case "date":
        if (v !== undefined && !(((typeof v == "string" && isFullDate(v)) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "datePaid":
        if (v !== undefined && !(((typeof v == "string" && isFullDate(v)) || (checkTacticalMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  if (!((seen & 1) === 1)) return false;
  return true;
}

function checkTacticalScamCompoundRansomsList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkTacticalRansom(v))) return false;
  }
  return true;
}

function checkTacticalNetworkWalletAddress(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  let seen = 0;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "address":
        if (v !== undefined) {
          if (!(typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && (v.length <= 128 || ucs2length(v) <= 128) && PATTERN150.test(v))) return false;
          seen |= 1;
        }
        break;
      case "network":
        if (v !== undefined && !((((typeof v == "string" && (v.length >= 2 || ucs2length(v) >= 1) && CODES96.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      default:
        return false;
    }
  }
  if (!(((seen & 1) === 1))) return false;
  return true;
}

function checkTacticalScamCompoundWalletAddressesList(d) {
  if (!(Array.isArray(d))) return false;
  const n = d.length;
  for (let i = 0; i < n; i++) {
    const v = d[i];
    if (!(checkTacticalNetworkWalletAddress(v))) return false;
  }
  return true;
}

function checkTacticalScamCompound(d) {
  if (!(d !== null && typeof d == "object" && !Array.isArray(d))) return false;
  for (const key in d) {
    const v = d[key];
    switch (key) {
      case "compoundCountry":
        if (v !== undefined && !((((typeof v == "string" && CODES4.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "compoundAreaGeneralised":
        if (v !== undefined && !(typeof v == "string" && (v.length <= 200 || ucs2length(v) <= 200))) return false;
        break;
      case "scamVictimFundsRouting":
        if (v !== undefined && !((checkTacticalScamCompoundScamVictimFundsRoutingAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "targetedScamVictimCountries":
        if (v !== undefined && !((checkTacticalScamCompoundTargetedScamVictimCountriesAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "ransoms":
        if (v !== undefined && !checkTacticalScamCompoundRansomsList(v)) return false;
        break;
      case "walletAddresses":
        if (v !== undefined && !checkTacticalScamCompoundWalletAddressesList(v)) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

function checkTacticalCaseReport(d) {
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
      case "reportingOrgType":
        if (v !== undefined) {
          if (!((typeof v == "string" && CODES3.has(v)))) return false;
          seen |= 8;
        }
        break;
      case "reportingCountry":
        if (v !== undefined) {
          if (!((typeof v == "string" && CODES4.has(v)))) return false;
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
        if (v !== undefined && !(((typeof v == "string" && isFullDate(v)) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "caseStatus":
        if (v !== undefined && !((((typeof v == "string" && CODES7.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "traffickingStatus":
        if (v !== undefined) {
          if (!((((typeof v == "string" && CODES8.has(v))) || (checkTacticalMissingValue(v))))) return false;
          seen |= 64;
        }
        break;
      case "traffickingStatusDecidedBy":
        if (v !== undefined && !((((typeof v == "string" && CODES9.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "exploitationStart":
        if (v !== undefined && !((((typeof v == "string" && PATTERN142.test(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "exploitationEnd":
        if (v !== undefined && !((((typeof v == "string" && PATTERN142.test(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "ongoingExploitation":
        if (v !== undefined && !((((typeof v == "boolean") || (checkTacticalMissingValue(v)))))) return false;
        break;
      case "exploitationTypes":
        if (v !== undefined) {
          if (!((checkTacticalCaseReportExploitationTypesAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
          seen |= 128;
        }
        break;
      case "forcedCriminalityTypes":
        if (v !== undefined && !((checkTacticalCaseReportForcedCriminalityTypesAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "sexualExploitationTypes":
        if (v !== undefined && !((checkTacticalCaseReportSexualExploitationTypesAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "exploitationPlatforms":
        if (v !== undefined && !((checkTacticalCaseReportExploitationPlatformsAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "sectors":
        if (v !== undefined && !((checkTacticalCaseReportSectorsAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "typologies":
        if (v !== undefined && !((checkTacticalCaseReportTypologiesAnyOf0List(v) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "countriesInvolved":
        if (v !== undefined && !checkTacticalCaseReportCountriesInvolvedList(v)) return false;
        break;
      case "victimCountBand":
        if (v !== undefined && !((((typeof v == "string" && CODES18.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "perpetratorCountBand":
        if (v !== undefined && !((((typeof v == "string" && CODES18.has(v))) || (checkTacticalMissingValue(v))))) return false;
        break;
      case "estimatedProceeds":
        if (v !== undefined && !((((checkTacticalMoney(v)) || (checkTacticalMissingValue(v)))))) return false;
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
          if (!(checkTacticalSharing(v))) return false;
          seen |= 256;
        }
        break;
      case "consent":
        if (v !== undefined) {
          if (!(checkTacticalConsent(v))) return false;
          seen |= 512;
        }
        break;
      case "provenance":
        if (v !== undefined) {
          if (!(checkTacticalProvenance(v))) return false;
          seen |= 1024;
        }
        break;
      case "persons":
        if (v !== undefined && !checkTacticalCaseReportPersonsList(v)) return false;
        break;
      case "organisations":
        if (v !== undefined && !checkTacticalCaseReportOrganisationsList(v)) return false;
        break;
      case "victimProfiles":
        if (v !== undefined) {
          if (!checkTacticalCaseReportVictimProfilesList(v)) return false;
          seen |= 2048;
        }
        break;
      case "debts":
        if (v !== undefined && !checkTacticalCaseReportDebtsList(v)) return false;
        break;
      case "accounts":
        if (v !== undefined && !checkTacticalCaseReportAccountsList(v)) return false;
        break;
      case "transactions":
        if (v !== undefined && !checkTacticalCaseReportTransactionsList(v)) return false;
        break;
      case "laundering":
        if (v !== undefined && !(checkTacticalLaundering(v))) return false;
        break;
      case "indicatorCatalogueVersion":
        if (v !== undefined) {
          if (!(typeof v == "string" && PATTERN0.test(v))) return false;
          seen |= 32768;
        }
        break;
      case "indicators":
        if (v !== undefined) {
          if (!checkTacticalCaseReportIndicatorsList(v)) return false;
          seen |= 16384;
        }
        break;
      case "outcomes":
        if (v !== undefined && !(checkTacticalOutcomes(v))) return false;
        break;
      case "scamCompound":
        if (v !== undefined && !(checkTacticalScamCompound(v))) return false;
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

function passesAggregate(data) {
  return checkAggregateCaseReport(data);
}

function passesTactical(data) {
  return checkTacticalCaseReport(data);
}

export default { "aggregate": passesAggregate, "tactical": passesTactical };
