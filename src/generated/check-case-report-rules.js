// Generated from the HTFDS schema by generators/validators/generate-rules-verdict.ts. Do not edit: change schema/ and run `npm run build`.
import { pointerResolves } from '../validate/paths.js';
import { laterThan } from '../validate/rule-targets.js';
import { atLeastAsStrict } from '../share/tlp.js';

const INDICATORS0 = new Map([["FINCEN-HT20-B01","active"],["FINCEN-HT20-B02","active"],["FINCEN-HT20-B03","active"],["FINCEN-HT20-B04","active"],["FINCEN-HT20-B05","active"],["FINCEN-HT20-B06","active"],["FINCEN-HT20-B07","active"],["FINCEN-HT20-B08","active"],["FINCEN-HT20-B09","active"],["FINCEN-HT20-B10","active"],["FINCEN-HT20-F11","active"],["FINCEN-HT20-F12","active"],["FINCEN-HT20-F13","active"],["FINCEN-HT20-F14","active"],["FINCEN-HT20-F15","active"],["FINCEN-HT20-F16","active"],["FINCEN-HT20-F17","active"],["FINCEN-HT20-F18","active"],["FINCEN-HT20-F19","active"],["FINCEN-HT20-F20","active"],["FINCEN-HT20-TY1","active"],["FINCEN-HT20-TY2","active"],["FINCEN-HT20-TY3","active"],["FINCEN-HT20-TY4","active"],["FINCEN-HT14-T01","active"],["FINCEN-HT14-T02","active"],["FINCEN-HT14-T03","active"],["FINCEN-HT14-T04","active"],["FINCEN-HT14-T05","active"],["FINCEN-HT14-T06","deprecated"],["FINCEN-HT14-T07","active"],["FINCEN-HT14-T08","active"],["FINCEN-HT14-T09","active"],["FINCEN-HT14-T10","withdrawn"],["FINCEN-HS14-S01","active"],["FINCEN-HS14-S02","active"],["FINCEN-HS14-S03","active"],["FINCEN-HS14-S04","active"],["FINCEN-HS14-S05","active"],["FINCEN-HS14-S06","active"],["FINCEN-HS14-S07","active"],["FATF-HT18-01","active"],["FATF-HT18-02","active"],["FATF-HT18-03","active"],["FATF-HT18-04","active"],["FATF-HT18-05","active"],["FATF-HT18-06","active"],["FATF-HT18-07","active"],["FATF-HT18-08","provisional"],["FATF-HT18-09","provisional"],["FATF-HT18-10","provisional"],["FATF-HT18-11","provisional"],["FATF-HT18-12","provisional"],["FATF-HT18-13","provisional"],["FATF-HT18-14","withdrawn"],["FATF-HT18-15","active"],["FATF-HT18-16","active"],["MC-MST-GEN-B01","active"],["MC-MST-GEN-BU01","active"],["MC-MST-FP-T01","provisional"],["MC-MST-FP-D01","provisional"],["MC-MST-FISH-T01","provisional"],["MC-MST-FISH-B01","provisional"],["MC-MST-DS-T01","provisional"],["MC-MST-CON-T01","provisional"],["MC-MST-MFG-T01","provisional"],["MC-MST-AGR-T01","provisional"],["MC-MST-SCAM-T01","provisional"],["MC-MST-MULE-B01","provisional"],["MC-MST-CSE-T01","provisional"],["AUSTRAC-FSS22-C01","active"],["AUSTRAC-FSS22-C02","active"],["AUSTRAC-FSS22-C03","active"],["AUSTRAC-FSS22-C04","active"],["AUSTRAC-FSS22-C05","active"],["AUSTRAC-FSS22-C06","active"],["AUSTRAC-FSS22-C07","active"],["AUSTRAC-FSS22-C08","active"],["AUSTRAC-FSS22-C09","active"],["AUSTRAC-FSS22-C10","active"],["AUSTRAC-FSS22-C11","active"],["AUSTRAC-FSS22-C12","active"],["UNODC-FC23-A01","active"],["UNODC-FC23-A02","provisional"],["UNODC-FC23-M01","provisional"],["UNODC-FC23-M02","provisional"],["UNODC-FC23-M03","provisional"],["UNODC-FC23-P01","active"],["UNODC-FC23-P02","provisional"],["FINCEN-PB23-01","active"],["FINCEN-PB23-02","active"],["FINCEN-PB23-03","active"],["FINCEN-PB23-04","active"],["FINCEN-PB23-05","provisional"],["FINCEN-PB23-06","active"],["FINTRAC-HTSE16-T01","active"],["FINTRAC-HTSE16-T02","active"],["FINTRAC-HTSE16-T03","active"],["FINTRAC-HTSE16-T04","active"],["FINTRAC-HTSE16-T05","active"],["FINTRAC-HTSE16-T06","active"],["FINTRAC-HTSE16-T07","active"],["FINTRAC-HTSE16-T08","active"],["FINTRAC-HTSE16-T09","active"],["ILO-FLI-01","active"],["ILO-FLI-02","active"],["ILO-FLI-03","active"],["ILO-FLI-04","active"],["ILO-FLI-05","active"],["ILO-FLI-06","active"],["ILO-FLI-07","active"],["ILO-FLI-08","active"],["ILO-FLI-09","active"],["ILO-FLI-10","active"],["ILO-FLI-11","active"]]);
const LEANING_STATUSES1 = new Set(["observed","suspected"]);
const PLAIN_CODES2 = new Set(["Facebook","Instagram","WhatsApp","Telegram","FacebookMessenger","Viber","SnapChat","Line","4Sale","WeChat","QQ","QZone","TikTok","Twitter","EscortOrClassifiedAdSite","DatingApp","JobBoard","LiveStreamingSite","FanSubscriptionSite","Other"]);
const DEPRECATED_CODES3 = new Set(["101+"]);
const DEPRECATED_CODES4 = new Set(["ANG","BGN","HRK","SLL","ZWL"]);
const PLAIN_CODES5 = new Set(["tron","ethereum","bitcoin","bnbSmartChain","solana","polygon","arbitrum","ton","litecoin","xrpLedger","monero","base","optimism","avalanche","other"]);
const PLAIN_CODES6 = new Set(["usdt","usdc","btc","eth","trx","bnb","sol","ltc","xrp","xmr","other"]);
const PLAIN_CODES7 = new Set(["ach","fedwire","fedNow","rtp","zelle","swift","sepaCreditTransfer","sepaInstant","fasterPayments","bacs","chaps","interacETransfer","npp","upi","imps","pix","promptPay","instaPay","pesoNet","duitNow","payNow","fps","cardNetwork","other"]);
const PLAIN_CODES8 = new Set(["mPesa","mtnMoMo","airtelMoney","orangeMoney","bKash","easypaisa","jazzCash","gcash","maya","truemoney","westernUnion","moneyGram","ria","remitly","wise","worldRemit","paypal","venmo","cashApp","revolut","alipay","wechatPay","other"]);
const DEPRECATED_CODES9 = new Set(["cryptoMixersBridges"]);
const PLAIN_CODES10 = new Set(["HUMAN TRAFFICKING FIN-2020-A008","Advisory Human Trafficking","Advisory Human Smuggling","FIN-2023-PIGBUTCHERING","XXMSHTXX","#ProjectProtect"]);
const OPEN_MARKINGS = new Set(["TLP:CLEAR","TLP:GREEN"]);

/** True when the rules beyond the schema find nothing in a report that passed the schema (no error, no warning). */
export function passesRules(report) {
  // Identifier → the bit of the list it identifies items of.
  const ids = new Map();
  if (report !== null && typeof report == "object" && !Array.isArray(report)) {
    const v0 = report.persons;
    if (Array.isArray(v0)) for (let i1 = 0; i1 < v0.length; i1++) {
      const v2 = v0[i1];
      if (v2 !== null && typeof v2 == "object" && !Array.isArray(v2)) {
        const v3 = v2.id;
        if (typeof v3 == "string") { const known = ids.size; if (ids.set(v3, 32).size === known) return false; }
        const v4 = v2.identifiers;
        if (Array.isArray(v4)) for (let i5 = 0; i5 < v4.length; i5++) {
          const v6 = v4[i5];
          if (v6 !== null && typeof v6 == "object" && !Array.isArray(v6)) {
            const v7 = v6.id;
            if (typeof v7 == "string") { const known = ids.size; if (ids.set(v7, 0).size === known) return false; }
          }
        }
        const v8 = v2.sanctions;
        if (Array.isArray(v8)) for (let i9 = 0; i9 < v8.length; i9++) {
          const v10 = v8[i9];
          if (v10 !== null && typeof v10 == "object" && !Array.isArray(v10)) {
            const v11 = v10.id;
            if (typeof v11 == "string") { const known = ids.size; if (ids.set(v11, 0).size === known) return false; }
          }
        }
      }
    }
    const v12 = report.organisations;
    if (Array.isArray(v12)) for (let i13 = 0; i13 < v12.length; i13++) {
      const v14 = v12[i13];
      if (v14 !== null && typeof v14 == "object" && !Array.isArray(v14)) {
        const v15 = v14.id;
        if (typeof v15 == "string") { const known = ids.size; if (ids.set(v15, 64).size === known) return false; }
        const v16 = v14.ownership;
        if (Array.isArray(v16)) for (let i17 = 0; i17 < v16.length; i17++) {
          const v18 = v16[i17];
          if (v18 !== null && typeof v18 == "object" && !Array.isArray(v18)) {
            const v19 = v18.id;
            if (typeof v19 == "string") { const known = ids.size; if (ids.set(v19, 0).size === known) return false; }
          }
        }
        const v20 = v14.sanctions;
        if (Array.isArray(v20)) for (let i21 = 0; i21 < v20.length; i21++) {
          const v22 = v20[i21];
          if (v22 !== null && typeof v22 == "object" && !Array.isArray(v22)) {
            const v23 = v22.id;
            if (typeof v23 == "string") { const known = ids.size; if (ids.set(v23, 0).size === known) return false; }
          }
        }
      }
    }
    const v24 = report.victimProfiles;
    if (Array.isArray(v24)) for (let i25 = 0; i25 < v24.length; i25++) {
      const v26 = v24[i25];
      if (v26 !== null && typeof v26 == "object" && !Array.isArray(v26)) {
        const v27 = v26.id;
        if (typeof v27 == "string") { const known = ids.size; if (ids.set(v27, 128).size === known) return false; }
      }
    }
    const v28 = report.debts;
    if (Array.isArray(v28)) for (let i29 = 0; i29 < v28.length; i29++) {
      const v30 = v28[i29];
      if (v30 !== null && typeof v30 == "object" && !Array.isArray(v30)) {
        const v31 = v30.id;
        if (typeof v31 == "string") { const known = ids.size; if (ids.set(v31, 256).size === known) return false; }
      }
    }
    const v32 = report.accounts;
    if (Array.isArray(v32)) for (let i33 = 0; i33 < v32.length; i33++) {
      const v34 = v32[i33];
      if (v34 !== null && typeof v34 == "object" && !Array.isArray(v34)) {
        const v35 = v34.id;
        if (typeof v35 == "string") { const known = ids.size; if (ids.set(v35, 512).size === known) return false; }
        const v36 = v34.identifiers;
        if (Array.isArray(v36)) for (let i37 = 0; i37 < v36.length; i37++) {
          const v38 = v36[i37];
          if (v38 !== null && typeof v38 == "object" && !Array.isArray(v38)) {
            const v39 = v38.id;
            if (typeof v39 == "string") { const known = ids.size; if (ids.set(v39, 0).size === known) return false; }
          }
        }
      }
    }
    const v40 = report.transactions;
    if (Array.isArray(v40)) for (let i41 = 0; i41 < v40.length; i41++) {
      const v42 = v40[i41];
      if (v42 !== null && typeof v42 == "object" && !Array.isArray(v42)) {
        const v43 = v42.id;
        if (typeof v43 == "string") { const known = ids.size; if (ids.set(v43, 1024).size === known) return false; }
      }
    }
    const v44 = report.laundering;
    if (v44 !== null && typeof v44 == "object" && !Array.isArray(v44)) {
      const v45 = v44.assets;
      if (Array.isArray(v45)) for (let i46 = 0; i46 < v45.length; i46++) {
        const v47 = v45[i46];
        if (v47 !== null && typeof v47 == "object" && !Array.isArray(v47)) {
          const v48 = v47.id;
          if (typeof v48 == "string") { const known = ids.size; if (ids.set(v48, 4096).size === known) return false; }
        }
      }
      const v49 = v44.tradeBasedDetails;
      if (Array.isArray(v49)) for (let i50 = 0; i50 < v49.length; i50++) {
        const v51 = v49[i50];
        if (v51 !== null && typeof v51 == "object" && !Array.isArray(v51)) {
          const v52 = v51.id;
          if (typeof v52 == "string") { const known = ids.size; if (ids.set(v52, 8192).size === known) return false; }
        }
      }
    }
    const v53 = report.indicators;
    if (Array.isArray(v53)) for (let i54 = 0; i54 < v53.length; i54++) {
      const v55 = v53[i54];
      if (v55 !== null && typeof v55 == "object" && !Array.isArray(v55)) {
        const v56 = v55.id;
        if (typeof v56 == "string") { const known = ids.size; if (ids.set(v56, 16384).size === known) return false; }
      }
    }
    const v57 = report.outcomes;
    if (v57 !== null && typeof v57 == "object" && !Array.isArray(v57)) {
      const v58 = v57.strSarFilings;
      if (Array.isArray(v58)) for (let i59 = 0; i59 < v58.length; i59++) {
        const v60 = v58[i59];
        if (v60 !== null && typeof v60 == "object" && !Array.isArray(v60)) {
          const v61 = v60.id;
          if (typeof v61 == "string") { const known = ids.size; if (ids.set(v61, 65536).size === known) return false; }
        }
      }
      const v62 = v57.fiuDisseminations;
      if (Array.isArray(v62)) for (let i63 = 0; i63 < v62.length; i63++) {
        const v64 = v62[i63];
        if (v64 !== null && typeof v64 == "object" && !Array.isArray(v64)) {
          const v65 = v64.id;
          if (typeof v65 == "string") { const known = ids.size; if (ids.set(v65, 131072).size === known) return false; }
        }
      }
      const v66 = v57.publicPrivateSharing;
      if (Array.isArray(v66)) for (let i67 = 0; i67 < v66.length; i67++) {
        const v68 = v66[i67];
        if (v68 !== null && typeof v68 == "object" && !Array.isArray(v68)) {
          const v69 = v68.id;
          if (typeof v69 == "string") { const known = ids.size; if (ids.set(v69, 262144).size === known) return false; }
        }
      }
      const v70 = v57.assetActions;
      if (Array.isArray(v70)) for (let i71 = 0; i71 < v70.length; i71++) {
        const v72 = v70[i71];
        if (v72 !== null && typeof v72 == "object" && !Array.isArray(v72)) {
          const v73 = v72.id;
          if (typeof v73 == "string") { const known = ids.size; if (ids.set(v73, 524288).size === known) return false; }
        }
      }
      const v74 = v57.compensationClaims;
      if (Array.isArray(v74)) for (let i75 = 0; i75 < v74.length; i75++) {
        const v76 = v74[i75];
        if (v76 !== null && typeof v76 == "object" && !Array.isArray(v76)) {
          const v77 = v76.id;
          if (typeof v77 == "string") { const known = ids.size; if (ids.set(v77, 4194304).size === known) return false; }
        }
      }
    }
    const v78 = report.scamCompound;
    if (v78 !== null && typeof v78 == "object" && !Array.isArray(v78)) {
      const v79 = v78.ransoms;
      if (Array.isArray(v79)) for (let i80 = 0; i80 < v79.length; i80++) {
        const v81 = v79[i80];
        if (v81 !== null && typeof v81 == "object" && !Array.isArray(v81)) {
          const v82 = v81.id;
          if (typeof v82 == "string") { const known = ids.size; if (ids.set(v82, 33554432).size === known) return false; }
        }
      }
    }
  }
  const reported = typeof report.dateReported == "string" ? report.dateReported : undefined;
  const sharing = report.sharing;
  const tlp = sharing?.tlp;
  const open = typeof tlp == "string" && OPEN_MARKINGS.has(tlp);
  if (report !== null && typeof report == "object" && typeof report.exploitationStart == "string" && typeof report.exploitationEnd == "string" && laterThan(report.exploitationStart, report.exploitationEnd)) return false;
  if (report !== null && typeof report == "object" && !Array.isArray(report)) {
    const v0 = report.persons;
    if (Array.isArray(v0)) for (let i1 = 0; i1 < v0.length; i1++) {
      const v2 = v0[i1];
      if (v2 !== null && typeof v2 == "object" && !Array.isArray(v2)) {
        const v3 = v2.organisationRefs;
        if (Array.isArray(v3)) { for (const s of v3) if (typeof s == "string" && (ids.get(s) & 64) === 0) return false; } else if (typeof v3 == "string" && (ids.get(v3) & 64) === 0) return false;
        const v4 = v2.dateOfBirth;
        if (reported !== undefined && typeof v4 == "string" && laterThan(v4, reported)) return false;
        if (open && v4 !== undefined && !((v4 !== null && typeof v4 == "object" && !Array.isArray(v4)) && Object.hasOwn(v4, "missing"))) return false;
        const v5 = v2.sanctions;
        if (Array.isArray(v5)) for (let i6 = 0; i6 < v5.length; i6++) {
          const v7 = v5[i6];
          if (v7 !== null && typeof v7 == "object" && !Array.isArray(v7)) {
            const v8 = v7.designationDate;
            if (reported !== undefined && typeof v8 == "string" && laterThan(v8, reported)) return false;
            const v9 = v7.delistingDate;
            if (reported !== undefined && typeof v9 == "string" && laterThan(v9, reported)) return false;
          }
        }
        const v10 = v2.identifiers;
        if (Array.isArray(v10)) for (let i11 = 0; i11 < v10.length; i11++) {
          const v12 = v10[i11];
          if (v12 !== null && typeof v12 == "object" && !Array.isArray(v12)) {
            const v13 = v12.platform;
            if (Array.isArray(v13)) { for (const s of v13) if (typeof s == "string" && !PLAIN_CODES2.has(s)) return false; } else if (typeof v13 == "string" && !PLAIN_CODES2.has(v13)) return false;
            const v14 = v12.value;
            if (open && v14 !== undefined && !((v14 !== null && typeof v14 == "object" && !Array.isArray(v14)) && Object.hasOwn(v14, "missing"))) return false;
          }
        }
        const v15 = v2.fullName;
        if (open && v15 !== undefined && !((v15 !== null && typeof v15 == "object" && !Array.isArray(v15)) && Object.hasOwn(v15, "missing"))) return false;
      }
    }
    const v16 = report.organisations;
    if (Array.isArray(v16)) for (let i17 = 0; i17 < v16.length; i17++) {
      const v18 = v16[i17];
      if (v18 !== null && typeof v18 == "object" && !Array.isArray(v18)) {
        const v19 = v18.beneficialOwnerRefs;
        if (Array.isArray(v19)) { for (const s of v19) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v19 == "string" && (ids.get(v19) & 32) === 0) return false;
        if (Object.hasOwn(v18, "beneficialOwnerRefs")) return false;
        const v20 = v18.ownership;
        if (Array.isArray(v20)) for (let i21 = 0; i21 < v20.length; i21++) {
          const v22 = v20[i21];
          if (v22 !== null && typeof v22 == "object" && typeof v22.interestStart == "string" && typeof v22.interestEnd == "string" && laterThan(v22.interestStart, v22.interestEnd)) return false;
          if (v22 !== null && typeof v22 == "object" && !Array.isArray(v22)) {
            const v23 = v22.interestedPartyRef;
            if (Array.isArray(v23)) { for (const s of v23) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v23 == "string" && (ids.get(v23) & 96) === 0) return false;
            const v24 = v22.nominatorRef;
            if (Array.isArray(v24)) { for (const s of v24) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v24 == "string" && (ids.get(v24) & 96) === 0) return false;
            const v25 = v22.interestStart;
            if (reported !== undefined && typeof v25 == "string" && laterThan(v25, reported)) return false;
            const v26 = v22.interestEnd;
            if (reported !== undefined && typeof v26 == "string" && laterThan(v26, reported)) return false;
          }
        }
        const v27 = v18.sanctions;
        if (Array.isArray(v27)) for (let i28 = 0; i28 < v27.length; i28++) {
          const v29 = v27[i28];
          if (v29 !== null && typeof v29 == "object" && !Array.isArray(v29)) {
            const v30 = v29.designationDate;
            if (reported !== undefined && typeof v30 == "string" && laterThan(v30, reported)) return false;
            const v31 = v29.delistingDate;
            if (reported !== undefined && typeof v31 == "string" && laterThan(v31, reported)) return false;
          }
        }
        const v32 = v18.declaredWorkforceBand;
        if (Array.isArray(v32)) { for (const s of v32) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof v32 == "string" && DEPRECATED_CODES3.has(v32)) return false;
        const v33 = v18.observedWorkerBand;
        if (Array.isArray(v33)) { for (const s of v33) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof v33 == "string" && DEPRECATED_CODES3.has(v33)) return false;
      }
    }
    const v34 = report.victimProfiles;
    if (Array.isArray(v34)) for (let i35 = 0; i35 < v34.length; i35++) {
      const v36 = v34[i35];
      if (v36 !== null && typeof v36 == "object" && !Array.isArray(v36)) {
        const v37 = v36.personRefs;
        if (Array.isArray(v37)) { for (const s of v37) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v37 == "string" && (ids.get(v37) & 32) === 0) return false;
        const v38 = v36.financialControl;
        if (v38 !== null && typeof v38 == "object" && !Array.isArray(v38)) {
          const v39 = v38.appliesToPersonRefs;
          if (Array.isArray(v39)) { for (const s of v39) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v39 == "string" && (ids.get(v39) & 32) === 0) return false;
          if (Object.hasOwn(v38, "appliesToPersonRefs")) return false;
          const v40 = v38.documentsHeldByRefs;
          if (Array.isArray(v40)) { for (const s of v40) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v40 == "string" && (ids.get(v40) & 96) === 0) return false;
          const v41 = v38.fines;
          if (v41 !== null && typeof v41 == "object" && Object.hasOwn(v41, "currency")) { const part = v41.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
        }
        const v42 = v36.victimFinancialMisuse;
        if (v42 !== null && typeof v42 == "object" && !Array.isArray(v42)) {
          const v43 = v42.appliesToPersonRefs;
          if (Array.isArray(v43)) { for (const s of v43) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v43 == "string" && (ids.get(v43) & 32) === 0) return false;
          if (Object.hasOwn(v42, "appliesToPersonRefs")) return false;
          const v44 = v42.creditInVictimNameAmount;
          if (v44 !== null && typeof v44 == "object" && Object.hasOwn(v44, "currency")) { const part = v44.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
          const v45 = v42.victimPenalisedForLaundering;
          if (Object.hasOwn(v42, "victimPenalisedForLaundering")) return false;
        }
        const v46 = v36.losses;
        if (v46 !== null && typeof v46 == "object" && typeof v46.periodWorkedStart == "string" && typeof v46.periodWorkedEnd == "string" && laterThan(v46.periodWorkedStart, v46.periodWorkedEnd)) return false;
        if (v46 !== null && typeof v46 == "object" && !Array.isArray(v46)) {
          const v47 = v46.periodWorkedStart;
          if (reported !== undefined && typeof v47 == "string" && laterThan(v47, reported)) return false;
          const v48 = v46.periodWorkedEnd;
          if (reported !== undefined && typeof v48 == "string" && laterThan(v48, reported)) return false;
          const v49 = v46.unpaidWagesOwed;
          if (v49 !== null && typeof v49 == "object" && Object.hasOwn(v49, "currency")) { const part = v49.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
          const v50 = v46.totalDeductions;
          if (v50 !== null && typeof v50 == "object" && Object.hasOwn(v50, "currency")) { const part = v50.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
          const v51 = v46.feesAndCostsPaid;
          if (v51 !== null && typeof v51 == "object" && Object.hasOwn(v51, "currency")) { const part = v51.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
        }
        const v52 = v36.recruitment;
        if (v52 !== null && typeof v52 == "object" && !Array.isArray(v52)) {
          const v53 = v52.recruitmentPlatforms;
          if (Array.isArray(v53)) { for (const s of v53) if (typeof s == "string" && !PLAIN_CODES2.has(s)) return false; } else if (typeof v53 == "string" && !PLAIN_CODES2.has(v53)) return false;
          const v54 = v52.promisedPay;
          if (v54 !== null && typeof v54 == "object" && Object.hasOwn(v54, "currency")) { const part = v54.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
          const v55 = v52.actualPay;
          if (v55 !== null && typeof v55 == "object" && Object.hasOwn(v55, "currency")) { const part = v55.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
          const v56 = v52.recruitmentFee;
          if (v56 !== null && typeof v56 == "object" && Object.hasOwn(v56, "currency")) { const part = v56.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
        }
        const v57 = v36.scamCompoundWork;
        if (v57 !== null && typeof v57 == "object" && !Array.isArray(v57)) {
          const v58 = v57.jobAdPlatforms;
          if (Array.isArray(v58)) { for (const s of v58) if (typeof s == "string" && !PLAIN_CODES2.has(s)) return false; } else if (typeof v58 == "string" && !PLAIN_CODES2.has(v58)) return false;
        }
      }
    }
    const v59 = report.debts;
    if (Array.isArray(v59)) for (let i60 = 0; i60 < v59.length; i60++) {
      const v61 = v59[i60];
      if (v61 !== null && typeof v61 == "object" && !Array.isArray(v61)) {
        const v62 = v61.debtorRef;
        if (Array.isArray(v62)) { for (const s of v62) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v62 == "string" && (ids.get(v62) & 32) === 0) return false;
        const v63 = v61.creditorRef;
        if (Array.isArray(v63)) { for (const s of v63) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v63 == "string" && (ids.get(v63) & 96) === 0) return false;
        const v64 = v61.initialAmount;
        if (v64 !== null && typeof v64 == "object" && Object.hasOwn(v64, "currency")) { const part = v64.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
        const v65 = v61.currentAmount;
        if (v65 !== null && typeof v65 == "object" && Object.hasOwn(v65, "currency")) { const part = v65.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
      }
    }
    const v66 = report.accounts;
    if (Array.isArray(v66)) for (let i67 = 0; i67 < v66.length; i67++) {
      const v68 = v66[i67];
      if (v68 !== null && typeof v68 == "object" && typeof v68.openedPeriod == "string" && typeof v68.closedPeriod == "string" && laterThan(v68.openedPeriod, v68.closedPeriod)) return false;
      if (v68 !== null && typeof v68 == "object" && !Array.isArray(v68)) {
        const v69 = v68.holderRefs;
        if (Array.isArray(v69)) { for (const s of v69) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v69 == "string" && (ids.get(v69) & 96) === 0) return false;
        const v70 = v68.controllerRefs;
        if (Array.isArray(v70)) { for (const s of v70) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v70 == "string" && (ids.get(v70) & 96) === 0) return false;
        const v71 = v68.sharesIdentifiersWithRefs;
        if (Array.isArray(v71)) { for (const s of v71) if (typeof s == "string" && (ids.get(s) & 512) === 0) return false; } else if (typeof v71 == "string" && (ids.get(v71) & 512) === 0) return false;
        const v72 = v68.openedPeriod;
        if (reported !== undefined && typeof v72 == "string" && laterThan(v72, reported)) return false;
        const v73 = v68.closedPeriod;
        if (reported !== undefined && typeof v73 == "string" && laterThan(v73, reported)) return false;
        const v74 = v68.cryptoNetwork;
        if (Array.isArray(v74)) { for (const s of v74) if (typeof s == "string" && !PLAIN_CODES5.has(s)) return false; } else if (typeof v74 == "string" && !PLAIN_CODES5.has(v74)) return false;
        const v75 = v68.cryptoAssets;
        if (Array.isArray(v75)) { for (const s of v75) if (typeof s == "string" && !PLAIN_CODES6.has(s)) return false; } else if (typeof v75 == "string" && !PLAIN_CODES6.has(v75)) return false;
        const v76 = v68.currency;
        if (Array.isArray(v76)) { for (const s of v76) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof v76 == "string" && DEPRECATED_CODES4.has(v76)) return false;
        const v77 = v68.identifiers;
        if (Array.isArray(v77)) for (let i78 = 0; i78 < v77.length; i78++) {
          const v79 = v77[i78];
          if (v79 !== null && typeof v79 == "object" && !Array.isArray(v79)) {
            const v80 = v79.value;
            if (open && v80 !== undefined && !((v80 !== null && typeof v80 == "object" && !Array.isArray(v80)) && Object.hasOwn(v80, "missing"))) return false;
          }
        }
      }
    }
    const v81 = report.transactions;
    if (Array.isArray(v81)) for (let i82 = 0; i82 < v81.length; i82++) {
      const v83 = v81[i82];
      if (v83 !== null && typeof v83 == "object" && typeof v83.periodStart == "string" && typeof v83.periodEnd == "string" && laterThan(v83.periodStart, v83.periodEnd)) return false;
      if (v83 !== null && typeof v83 == "object" && !Array.isArray(v83)) {
        const v84 = v83.fromRef;
        if (Array.isArray(v84)) { for (const s of v84) if (typeof s == "string" && (ids.get(s) & 608) === 0) return false; } else if (typeof v84 == "string" && (ids.get(v84) & 608) === 0) return false;
        const v85 = v83.toRef;
        if (Array.isArray(v85)) { for (const s of v85) if (typeof s == "string" && (ids.get(s) & 608) === 0) return false; } else if (typeof v85 == "string" && (ids.get(v85) & 608) === 0) return false;
        const v86 = v83.onBehalfOfRef;
        if (Array.isArray(v86)) { for (const s of v86) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v86 == "string" && (ids.get(v86) & 32) === 0) return false;
        const v87 = v83.debtRef;
        if (Array.isArray(v87)) { for (const s of v87) if (typeof s == "string" && (ids.get(s) & 256) === 0) return false; } else if (typeof v87 == "string" && (ids.get(v87) & 256) === 0) return false;
        const v88 = v83.date;
        if (reported !== undefined && typeof v88 == "string" && laterThan(v88, reported)) return false;
        const v89 = v83.periodStart;
        if (reported !== undefined && typeof v89 == "string" && laterThan(v89, reported)) return false;
        const v90 = v83.periodEnd;
        if (reported !== undefined && typeof v90 == "string" && laterThan(v90, reported)) return false;
        const v91 = v83.amount;
        if (v91 !== null && typeof v91 == "object" && Object.hasOwn(v91, "currency")) { const part = v91.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
        const v92 = v83.rail;
        if (Array.isArray(v92)) { for (const s of v92) if (typeof s == "string" && !PLAIN_CODES7.has(s)) return false; } else if (typeof v92 == "string" && !PLAIN_CODES7.has(v92)) return false;
        const v93 = v83.provider;
        if (Array.isArray(v93)) { for (const s of v93) if (typeof s == "string" && !PLAIN_CODES8.has(s)) return false; } else if (typeof v93 == "string" && !PLAIN_CODES8.has(v93)) return false;
        const v94 = v83.cryptoDetails;
        if (v94 !== null && typeof v94 == "object" && !Array.isArray(v94)) {
          const v95 = v94.asset;
          if (Array.isArray(v95)) { for (const s of v95) if (typeof s == "string" && !PLAIN_CODES6.has(s)) return false; } else if (typeof v95 == "string" && !PLAIN_CODES6.has(v95)) return false;
          const v96 = v94.network;
          if (Array.isArray(v96)) { for (const s of v96) if (typeof s == "string" && !PLAIN_CODES5.has(s)) return false; } else if (typeof v96 == "string" && !PLAIN_CODES5.has(v96)) return false;
          const v97 = v94.viaMixerOrBridge;
          if (Object.hasOwn(v94, "viaMixerOrBridge")) return false;
          const v98 = v94.fiatEquivalent;
          if (v98 !== null && typeof v98 == "object" && Object.hasOwn(v98, "currency")) { const part = v98.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
        }
      }
    }
    const v99 = report.laundering;
    if (v99 !== null && typeof v99 == "object" && !Array.isArray(v99)) {
      const v100 = v99.assets;
      if (Array.isArray(v100)) for (let i101 = 0; i101 < v100.length; i101++) {
        const v102 = v100[i101];
        if (v102 !== null && typeof v102 == "object" && !Array.isArray(v102)) {
          const v103 = v102.registeredToRef;
          if (Array.isArray(v103)) { for (const s of v103) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v103 == "string" && (ids.get(v103) & 96) === 0) return false;
          const v104 = v102.acquisitionTransactionRefs;
          if (Array.isArray(v104)) { for (const s of v104) if (typeof s == "string" && (ids.get(s) & 1024) === 0) return false; } else if (typeof v104 == "string" && (ids.get(v104) & 1024) === 0) return false;
          const v105 = v102.acquisitionDate;
          if (reported !== undefined && typeof v105 == "string" && laterThan(v105, reported)) return false;
          const v106 = v102.value;
          if (v106 !== null && typeof v106 == "object" && Object.hasOwn(v106, "currency")) { const part = v106.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
        }
      }
      const v107 = v99.tradeBasedDetails;
      if (Array.isArray(v107)) for (let i108 = 0; i108 < v107.length; i108++) {
        const v109 = v107[i108];
        if (v109 !== null && typeof v109 == "object" && !Array.isArray(v109)) {
          const v110 = v109.transactionRefs;
          if (Array.isArray(v110)) { for (const s of v110) if (typeof s == "string" && (ids.get(s) & 1024) === 0) return false; } else if (typeof v110 == "string" && (ids.get(v110) & 1024) === 0) return false;
        }
      }
      const v111 = v99.launderingMethods;
      if (Array.isArray(v111)) { for (const s of v111) if (typeof s == "string" && DEPRECATED_CODES9.has(s)) return false; } else if (typeof v111 == "string" && DEPRECATED_CODES9.has(v111)) return false;
    }
    const v112 = report.indicators;
    if (Array.isArray(v112)) for (let i113 = 0; i113 < v112.length; i113++) {
      const v114 = v112[i113];
      if (v114 !== null && typeof v114 == "object" && !Array.isArray(v114)) {
        const v115 = v114.subjectRefs;
        if (Array.isArray(v115)) { for (const s of v115) if (typeof s == "string" && (ids.get(s) & 608) === 0) return false; } else if (typeof v115 == "string" && (ids.get(v115) & 608) === 0) return false;
        const v116 = v114.evidenceRefs;
        if (Array.isArray(v116)) { for (const s of v116) if (typeof s == "string" && (ids.get(s) & 38344544) === 0) return false; } else if (typeof v116 == "string" && (ids.get(v116) & 38344544) === 0) return false;
        const v117 = v114.firstObserved;
        if (reported !== undefined && typeof v117 == "string" && laterThan(v117, reported)) return false;
        const v118 = v114.indicatorId;
        if (typeof v118 == "string") { const status = INDICATORS0.get(v118); if (status === undefined || status === "withdrawn" || status === "deprecated" || (status === "provisional" && LEANING_STATUSES1.has(v114.status))) return false; }
      }
    }
    const v119 = report.outcomes;
    if (v119 !== null && typeof v119 == "object" && !Array.isArray(v119)) {
      const v120 = v119.strSarFilings;
      if (Array.isArray(v120)) for (let i121 = 0; i121 < v120.length; i121++) {
        const v122 = v120[i121];
        if (v122 !== null && typeof v122 == "object" && !Array.isArray(v122)) {
          const v123 = v122.subjectRefs;
          if (Array.isArray(v123)) { for (const s of v123) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v123 == "string" && (ids.get(v123) & 96) === 0) return false;
          const v124 = v122.accountRefs;
          if (Array.isArray(v124)) { for (const s of v124) if (typeof s == "string" && (ids.get(s) & 512) === 0) return false; } else if (typeof v124 == "string" && (ids.get(v124) & 512) === 0) return false;
          const v125 = v122.transactionRefs;
          if (Array.isArray(v125)) { for (const s of v125) if (typeof s == "string" && (ids.get(s) & 1024) === 0) return false; } else if (typeof v125 == "string" && (ids.get(v125) & 1024) === 0) return false;
          const v126 = v122.period;
          if (reported !== undefined && typeof v126 == "string" && laterThan(v126, reported)) return false;
          const v127 = v122.keyTermsUsed;
          if (Array.isArray(v127)) { for (const s of v127) if (typeof s == "string" && !PLAIN_CODES10.has(s)) return false; } else if (typeof v127 == "string" && !PLAIN_CODES10.has(v127)) return false;
        }
      }
      const v128 = v119.fiuDisseminations;
      if (Array.isArray(v128)) for (let i129 = 0; i129 < v128.length; i129++) {
        const v130 = v128[i129];
        if (v130 !== null && typeof v130 == "object" && !Array.isArray(v130)) {
          const v131 = v130.strSarFilingRefs;
          if (Array.isArray(v131)) { for (const s of v131) if (typeof s == "string" && (ids.get(s) & 65536) === 0) return false; } else if (typeof v131 == "string" && (ids.get(v131) & 65536) === 0) return false;
          const v132 = v130.period;
          if (reported !== undefined && typeof v132 == "string" && laterThan(v132, reported)) return false;
        }
      }
      const v133 = v119.publicPrivateSharing;
      if (Array.isArray(v133)) for (let i134 = 0; i134 < v133.length; i134++) {
        const v135 = v133[i134];
        if (v135 !== null && typeof v135 == "object" && !Array.isArray(v135)) {
          const v136 = v135.strSarFilingRefs;
          if (Array.isArray(v136)) { for (const s of v136) if (typeof s == "string" && (ids.get(s) & 65536) === 0) return false; } else if (typeof v136 == "string" && (ids.get(v136) & 65536) === 0) return false;
          const v137 = v135.period;
          if (reported !== undefined && typeof v137 == "string" && laterThan(v137, reported)) return false;
        }
      }
      const v138 = v119.assetActions;
      if (Array.isArray(v138)) for (let i139 = 0; i139 < v138.length; i139++) {
        const v140 = v138[i139];
        if (v140 !== null && typeof v140 == "object" && !Array.isArray(v140)) {
          const v141 = v140.accountRefs;
          if (Array.isArray(v141)) { for (const s of v141) if (typeof s == "string" && (ids.get(s) & 512) === 0) return false; } else if (typeof v141 == "string" && (ids.get(v141) & 512) === 0) return false;
          const v142 = v140.assetRefs;
          if (Array.isArray(v142)) { for (const s of v142) if (typeof s == "string" && (ids.get(s) & 4096) === 0) return false; } else if (typeof v142 == "string" && (ids.get(v142) & 4096) === 0) return false;
          const v143 = v140.returnedToRefs;
          if (Array.isArray(v143)) { for (const s of v143) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v143 == "string" && (ids.get(v143) & 32) === 0) return false;
          const v144 = v140.date;
          if (reported !== undefined && typeof v144 == "string" && laterThan(v144, reported)) return false;
          const v145 = v140.amount;
          if (v145 !== null && typeof v145 == "object" && Object.hasOwn(v145, "currency")) { const part = v145.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
        }
      }
      const v146 = v119.compensationClaims;
      if (Array.isArray(v146)) for (let i147 = 0; i147 < v146.length; i147++) {
        const v148 = v146[i147];
        if (v148 !== null && typeof v148 == "object" && !Array.isArray(v148)) {
          const v149 = v148.claimantRefs;
          if (Array.isArray(v149)) { for (const s of v149) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v149 == "string" && (ids.get(v149) & 32) === 0) return false;
          const v150 = v148.paidFromAssetActionRefs;
          if (Array.isArray(v150)) { for (const s of v150) if (typeof s == "string" && (ids.get(s) & 524288) === 0) return false; } else if (typeof v150 == "string" && (ids.get(v150) & 524288) === 0) return false;
          const v151 = v148.dateClaimed;
          if (reported !== undefined && typeof v151 == "string" && laterThan(v151, reported)) return false;
          const v152 = v148.amountClaimed;
          if (v152 !== null && typeof v152 == "object" && Object.hasOwn(v152, "currency")) { const part = v152.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
          const v153 = v148.amountAwarded;
          if (v153 !== null && typeof v153 == "object" && Object.hasOwn(v153, "currency")) { const part = v153.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
          const v154 = v148.amountPaid;
          if (v154 !== null && typeof v154 == "object" && Object.hasOwn(v154, "currency")) { const part = v154.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
        }
      }
      const v155 = v119.referrals;
      if (Array.isArray(v155)) for (let i156 = 0; i156 < v155.length; i156++) {
        const v157 = v155[i156];
        if (v157 !== null && typeof v157 == "object" && !Array.isArray(v157)) {
          const v158 = v157.date;
          if (reported !== undefined && typeof v158 == "string" && laterThan(v158, reported)) return false;
        }
      }
      const v159 = v119.assetsFrozen;
      if (v159 !== null && typeof v159 == "object" && !Array.isArray(v159)) {
        const v160 = v159.amount;
        if (Object.hasOwn(v159, "amount")) return false;
        if (v160 !== null && typeof v160 == "object" && Object.hasOwn(v160, "currency")) { const part = v160.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
        const v161 = v159.confiscationType;
        if (Object.hasOwn(v159, "confiscationType")) return false;
      }
      const v162 = v119.assetsConfiscated;
      if (v162 !== null && typeof v162 == "object" && !Array.isArray(v162)) {
        const v163 = v162.amount;
        if (Object.hasOwn(v162, "amount")) return false;
        if (v163 !== null && typeof v163 == "object" && Object.hasOwn(v163, "currency")) { const part = v163.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
        const v164 = v162.confiscationType;
        if (Object.hasOwn(v162, "confiscationType")) return false;
      }
    }
    const v165 = report.scamCompound;
    if (v165 !== null && typeof v165 == "object" && !Array.isArray(v165)) {
      const v166 = v165.ransoms;
      if (Array.isArray(v166)) for (let i167 = 0; i167 < v166.length; i167++) {
        const v168 = v166[i167];
        if (v168 !== null && typeof v168 == "object" && !Array.isArray(v168)) {
          const v169 = v168.victimRef;
          if (Array.isArray(v169)) { for (const s of v169) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v169 == "string" && (ids.get(v169) & 32) === 0) return false;
          const v170 = v168.paidByRefs;
          if (Array.isArray(v170)) { for (const s of v170) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v170 == "string" && (ids.get(v170) & 96) === 0) return false;
          const v171 = v168.recipientAccountRefs;
          if (Array.isArray(v171)) { for (const s of v171) if (typeof s == "string" && (ids.get(s) & 512) === 0) return false; } else if (typeof v171 == "string" && (ids.get(v171) & 512) === 0) return false;
          const v172 = v168.transactionRefs;
          if (Array.isArray(v172)) { for (const s of v172) if (typeof s == "string" && (ids.get(s) & 1024) === 0) return false; } else if (typeof v172 == "string" && (ids.get(v172) & 1024) === 0) return false;
          const v173 = v168.date;
          if (reported !== undefined && typeof v173 == "string" && laterThan(v173, reported)) return false;
          const v174 = v168.datePaid;
          if (reported !== undefined && typeof v174 == "string" && laterThan(v174, reported)) return false;
          const v175 = v168.amountDemanded;
          if (v175 !== null && typeof v175 == "object" && Object.hasOwn(v175, "currency")) { const part = v175.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
          const v176 = v168.amountPaid;
          if (v176 !== null && typeof v176 == "object" && Object.hasOwn(v176, "currency")) { const part = v176.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
          const v177 = v168.amount;
          if (Object.hasOwn(v168, "amount")) return false;
          if (v177 !== null && typeof v177 == "object" && Object.hasOwn(v177, "currency")) { const part = v177.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
        }
      }
      const v178 = v165.walletAddresses;
      if (Array.isArray(v178)) for (let i179 = 0; i179 < v178.length; i179++) {
        const v180 = v178[i179];
        if (v180 !== null && typeof v180 == "object" && !Array.isArray(v180)) {
          const v181 = v180.network;
          if (Array.isArray(v181)) { for (const s of v181) if (typeof s == "string" && !PLAIN_CODES5.has(s)) return false; } else if (typeof v181 == "string" && !PLAIN_CODES5.has(v181)) return false;
        }
      }
    }
    const v182 = report.informationAsOf;
    if (reported !== undefined && typeof v182 == "string" && laterThan(v182, reported)) return false;
    const v183 = report.exploitationStart;
    if (reported !== undefined && typeof v183 == "string" && laterThan(v183, reported)) return false;
    const v184 = report.exploitationEnd;
    if (reported !== undefined && typeof v184 == "string" && laterThan(v184, reported)) return false;
    const v185 = report.consent;
    if (v185 !== null && typeof v185 == "object" && !Array.isArray(v185)) {
      const v186 = v185.consentDate;
      if (reported !== undefined && typeof v186 == "string" && laterThan(v186, reported)) return false;
    }
    const v187 = report.exploitationPlatforms;
    if (Array.isArray(v187)) { for (const s of v187) if (typeof s == "string" && !PLAIN_CODES2.has(s)) return false; } else if (typeof v187 == "string" && !PLAIN_CODES2.has(v187)) return false;
    const v188 = report.victimCountBand;
    if (Array.isArray(v188)) { for (const s of v188) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof v188 == "string" && DEPRECATED_CODES3.has(v188)) return false;
    const v189 = report.perpetratorCountBand;
    if (Array.isArray(v189)) { for (const s of v189) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof v189 == "string" && DEPRECATED_CODES3.has(v189)) return false;
    const v190 = report.estimatedProceeds;
    if (v190 !== null && typeof v190 == "object" && Object.hasOwn(v190, "currency")) { const part = v190.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
  }
  const marks = sharing?.fieldLevelTlp;
  if (Array.isArray(marks)) {
    for (const mark of marks) {
      if (typeof mark.path !== "string" || mark.path === "" || !pointerResolves(report, mark.path)) return false;
      if (atLeastAsStrict(String(tlp), mark.tlp)) return false;
    }
  }
  return true;
}
