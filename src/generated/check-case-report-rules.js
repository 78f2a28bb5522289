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
    const v24 = report.debts;
    if (Array.isArray(v24)) for (let i25 = 0; i25 < v24.length; i25++) {
      const v26 = v24[i25];
      if (v26 !== null && typeof v26 == "object" && !Array.isArray(v26)) {
        const v27 = v26.id;
        if (typeof v27 == "string") { const known = ids.size; if (ids.set(v27, 512).size === known) return false; }
      }
    }
    const v28 = report.accounts;
    if (Array.isArray(v28)) for (let i29 = 0; i29 < v28.length; i29++) {
      const v30 = v28[i29];
      if (v30 !== null && typeof v30 == "object" && !Array.isArray(v30)) {
        const v31 = v30.id;
        if (typeof v31 == "string") { const known = ids.size; if (ids.set(v31, 4096).size === known) return false; }
        const v32 = v30.identifiers;
        if (Array.isArray(v32)) for (let i33 = 0; i33 < v32.length; i33++) {
          const v34 = v32[i33];
          if (v34 !== null && typeof v34 == "object" && !Array.isArray(v34)) {
            const v35 = v34.id;
            if (typeof v35 == "string") { const known = ids.size; if (ids.set(v35, 0).size === known) return false; }
          }
        }
      }
    }
    const v36 = report.transactions;
    if (Array.isArray(v36)) for (let i37 = 0; i37 < v36.length; i37++) {
      const v38 = v36[i37];
      if (v38 !== null && typeof v38 == "object" && !Array.isArray(v38)) {
        const v39 = v38.id;
        if (typeof v39 == "string") { const known = ids.size; if (ids.set(v39, 8192).size === known) return false; }
      }
    }
    const v40 = report.laundering;
    if (v40 !== null && typeof v40 == "object" && !Array.isArray(v40)) {
      const v41 = v40.assets;
      if (Array.isArray(v41)) for (let i42 = 0; i42 < v41.length; i42++) {
        const v43 = v41[i42];
        if (v43 !== null && typeof v43 == "object" && !Array.isArray(v43)) {
          const v44 = v43.id;
          if (typeof v44 == "string") { const known = ids.size; if (ids.set(v44, 32768).size === known) return false; }
        }
      }
      const v45 = v40.tradeBasedDetails;
      if (Array.isArray(v45)) for (let i46 = 0; i46 < v45.length; i46++) {
        const v47 = v45[i46];
        if (v47 !== null && typeof v47 == "object" && !Array.isArray(v47)) {
          const v48 = v47.id;
          if (typeof v48 == "string") { const known = ids.size; if (ids.set(v48, 65536).size === known) return false; }
        }
      }
    }
    const v49 = report.indicators;
    if (Array.isArray(v49)) for (let i50 = 0; i50 < v49.length; i50++) {
      const v51 = v49[i50];
      if (v51 !== null && typeof v51 == "object" && !Array.isArray(v51)) {
        const v52 = v51.id;
        if (typeof v52 == "string") { const known = ids.size; if (ids.set(v52, 131072).size === known) return false; }
      }
    }
    const v53 = report.outcomes;
    if (v53 !== null && typeof v53 == "object" && !Array.isArray(v53)) {
      const v54 = v53.strSarFilings;
      if (Array.isArray(v54)) for (let i55 = 0; i55 < v54.length; i55++) {
        const v56 = v54[i55];
        if (v56 !== null && typeof v56 == "object" && !Array.isArray(v56)) {
          const v57 = v56.id;
          if (typeof v57 == "string") { const known = ids.size; if (ids.set(v57, 524288).size === known) return false; }
        }
      }
      const v58 = v53.fiuDisseminations;
      if (Array.isArray(v58)) for (let i59 = 0; i59 < v58.length; i59++) {
        const v60 = v58[i59];
        if (v60 !== null && typeof v60 == "object" && !Array.isArray(v60)) {
          const v61 = v60.id;
          if (typeof v61 == "string") { const known = ids.size; if (ids.set(v61, 1048576).size === known) return false; }
        }
      }
      const v62 = v53.publicPrivateSharing;
      if (Array.isArray(v62)) for (let i63 = 0; i63 < v62.length; i63++) {
        const v64 = v62[i63];
        if (v64 !== null && typeof v64 == "object" && !Array.isArray(v64)) {
          const v65 = v64.id;
          if (typeof v65 == "string") { const known = ids.size; if (ids.set(v65, 2097152).size === known) return false; }
        }
      }
      const v66 = v53.assetActions;
      if (Array.isArray(v66)) for (let i67 = 0; i67 < v66.length; i67++) {
        const v68 = v66[i67];
        if (v68 !== null && typeof v68 == "object" && !Array.isArray(v68)) {
          const v69 = v68.id;
          if (typeof v69 == "string") { const known = ids.size; if (ids.set(v69, 4194304).size === known) return false; }
        }
      }
      const v70 = v53.compensationClaims;
      if (Array.isArray(v70)) for (let i71 = 0; i71 < v70.length; i71++) {
        const v72 = v70[i71];
        if (v72 !== null && typeof v72 == "object" && !Array.isArray(v72)) {
          const v73 = v72.id;
          if (typeof v73 == "string") { const known = ids.size; if (ids.set(v73, 33554432).size === known) return false; }
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
    const v34 = report.debts;
    if (Array.isArray(v34)) for (let i35 = 0; i35 < v34.length; i35++) {
      const v36 = v34[i35];
      if (v36 !== null && typeof v36 == "object" && !Array.isArray(v36)) {
        const v37 = v36.creditorRef;
        if (Array.isArray(v37)) { for (const s of v37) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v37 == "string" && (ids.get(v37) & 96) === 0) return false;
        const v38 = v36.initialAmount;
        if (v38 !== null && typeof v38 == "object" && Object.hasOwn(v38, "currency")) { const part = v38.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
        const v39 = v36.currentAmount;
        if (v39 !== null && typeof v39 == "object" && Object.hasOwn(v39, "currency")) { const part = v39.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
      }
    }
    const v40 = report.financialControl;
    if (v40 !== null && typeof v40 == "object" && !Array.isArray(v40)) {
      const v41 = v40.appliesToPersonRefs;
      if (Array.isArray(v41)) { for (const s of v41) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v41 == "string" && (ids.get(v41) & 32) === 0) return false;
      const v42 = v40.fines;
      if (v42 !== null && typeof v42 == "object" && Object.hasOwn(v42, "currency")) { const part = v42.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
    }
    const v43 = report.victimFinancialMisuse;
    if (v43 !== null && typeof v43 == "object" && !Array.isArray(v43)) {
      const v44 = v43.appliesToPersonRefs;
      if (Array.isArray(v44)) { for (const s of v44) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v44 == "string" && (ids.get(v44) & 32) === 0) return false;
      const v45 = v43.creditInVictimNameAmount;
      if (v45 !== null && typeof v45 == "object" && Object.hasOwn(v45, "currency")) { const part = v45.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
    }
    const v46 = report.accounts;
    if (Array.isArray(v46)) for (let i47 = 0; i47 < v46.length; i47++) {
      const v48 = v46[i47];
      if (v48 !== null && typeof v48 == "object" && typeof v48.openedPeriod == "string" && typeof v48.closedPeriod == "string" && laterThan(v48.openedPeriod, v48.closedPeriod)) return false;
      if (v48 !== null && typeof v48 == "object" && !Array.isArray(v48)) {
        const v49 = v48.holderRefs;
        if (Array.isArray(v49)) { for (const s of v49) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v49 == "string" && (ids.get(v49) & 96) === 0) return false;
        const v50 = v48.controllerRefs;
        if (Array.isArray(v50)) { for (const s of v50) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v50 == "string" && (ids.get(v50) & 96) === 0) return false;
        const v51 = v48.sharesIdentifiersWithRefs;
        if (Array.isArray(v51)) { for (const s of v51) if (typeof s == "string" && (ids.get(s) & 4096) === 0) return false; } else if (typeof v51 == "string" && (ids.get(v51) & 4096) === 0) return false;
        const v52 = v48.openedPeriod;
        if (reported !== undefined && typeof v52 == "string" && laterThan(v52, reported)) return false;
        const v53 = v48.closedPeriod;
        if (reported !== undefined && typeof v53 == "string" && laterThan(v53, reported)) return false;
        const v54 = v48.cryptoNetwork;
        if (Array.isArray(v54)) { for (const s of v54) if (typeof s == "string" && !PLAIN_CODES5.has(s)) return false; } else if (typeof v54 == "string" && !PLAIN_CODES5.has(v54)) return false;
        const v55 = v48.cryptoAssets;
        if (Array.isArray(v55)) { for (const s of v55) if (typeof s == "string" && !PLAIN_CODES6.has(s)) return false; } else if (typeof v55 == "string" && !PLAIN_CODES6.has(v55)) return false;
        const v56 = v48.currency;
        if (Array.isArray(v56)) { for (const s of v56) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof v56 == "string" && DEPRECATED_CODES4.has(v56)) return false;
        const v57 = v48.identifiers;
        if (Array.isArray(v57)) for (let i58 = 0; i58 < v57.length; i58++) {
          const v59 = v57[i58];
          if (v59 !== null && typeof v59 == "object" && !Array.isArray(v59)) {
            const v60 = v59.value;
            if (open && v60 !== undefined && !((v60 !== null && typeof v60 == "object" && !Array.isArray(v60)) && Object.hasOwn(v60, "missing"))) return false;
          }
        }
      }
    }
    const v61 = report.transactions;
    if (Array.isArray(v61)) for (let i62 = 0; i62 < v61.length; i62++) {
      const v63 = v61[i62];
      if (v63 !== null && typeof v63 == "object" && typeof v63.periodStart == "string" && typeof v63.periodEnd == "string" && laterThan(v63.periodStart, v63.periodEnd)) return false;
      if (v63 !== null && typeof v63 == "object" && !Array.isArray(v63)) {
        const v64 = v63.fromRef;
        if (Array.isArray(v64)) { for (const s of v64) if (typeof s == "string" && (ids.get(s) & 4192) === 0) return false; } else if (typeof v64 == "string" && (ids.get(v64) & 4192) === 0) return false;
        const v65 = v63.toRef;
        if (Array.isArray(v65)) { for (const s of v65) if (typeof s == "string" && (ids.get(s) & 4192) === 0) return false; } else if (typeof v65 == "string" && (ids.get(v65) & 4192) === 0) return false;
        const v66 = v63.onBehalfOfRef;
        if (Array.isArray(v66)) { for (const s of v66) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v66 == "string" && (ids.get(v66) & 32) === 0) return false;
        const v67 = v63.debtRef;
        if (Array.isArray(v67)) { for (const s of v67) if (typeof s == "string" && (ids.get(s) & 512) === 0) return false; } else if (typeof v67 == "string" && (ids.get(v67) & 512) === 0) return false;
        const v68 = v63.date;
        if (reported !== undefined && typeof v68 == "string" && laterThan(v68, reported)) return false;
        const v69 = v63.periodStart;
        if (reported !== undefined && typeof v69 == "string" && laterThan(v69, reported)) return false;
        const v70 = v63.periodEnd;
        if (reported !== undefined && typeof v70 == "string" && laterThan(v70, reported)) return false;
        const v71 = v63.amount;
        if (v71 !== null && typeof v71 == "object" && Object.hasOwn(v71, "currency")) { const part = v71.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
        const v72 = v63.rail;
        if (Array.isArray(v72)) { for (const s of v72) if (typeof s == "string" && !PLAIN_CODES7.has(s)) return false; } else if (typeof v72 == "string" && !PLAIN_CODES7.has(v72)) return false;
        const v73 = v63.provider;
        if (Array.isArray(v73)) { for (const s of v73) if (typeof s == "string" && !PLAIN_CODES8.has(s)) return false; } else if (typeof v73 == "string" && !PLAIN_CODES8.has(v73)) return false;
        const v74 = v63.cryptoDetails;
        if (v74 !== null && typeof v74 == "object" && !Array.isArray(v74)) {
          const v75 = v74.asset;
          if (Array.isArray(v75)) { for (const s of v75) if (typeof s == "string" && !PLAIN_CODES6.has(s)) return false; } else if (typeof v75 == "string" && !PLAIN_CODES6.has(v75)) return false;
          const v76 = v74.network;
          if (Array.isArray(v76)) { for (const s of v76) if (typeof s == "string" && !PLAIN_CODES5.has(s)) return false; } else if (typeof v76 == "string" && !PLAIN_CODES5.has(v76)) return false;
          const v77 = v74.viaMixerOrBridge;
          if (Object.hasOwn(v74, "viaMixerOrBridge")) return false;
          const v78 = v74.fiatEquivalent;
          if (v78 !== null && typeof v78 == "object" && Object.hasOwn(v78, "currency")) { const part = v78.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
        }
      }
    }
    const v79 = report.laundering;
    if (v79 !== null && typeof v79 == "object" && !Array.isArray(v79)) {
      const v80 = v79.assets;
      if (Array.isArray(v80)) for (let i81 = 0; i81 < v80.length; i81++) {
        const v82 = v80[i81];
        if (v82 !== null && typeof v82 == "object" && !Array.isArray(v82)) {
          const v83 = v82.registeredToRef;
          if (Array.isArray(v83)) { for (const s of v83) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v83 == "string" && (ids.get(v83) & 96) === 0) return false;
          const v84 = v82.acquisitionTransactionRefs;
          if (Array.isArray(v84)) { for (const s of v84) if (typeof s == "string" && (ids.get(s) & 8192) === 0) return false; } else if (typeof v84 == "string" && (ids.get(v84) & 8192) === 0) return false;
          const v85 = v82.acquisitionDate;
          if (reported !== undefined && typeof v85 == "string" && laterThan(v85, reported)) return false;
          const v86 = v82.value;
          if (v86 !== null && typeof v86 == "object" && Object.hasOwn(v86, "currency")) { const part = v86.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
        }
      }
      const v87 = v79.tradeBasedDetails;
      if (Array.isArray(v87)) for (let i88 = 0; i88 < v87.length; i88++) {
        const v89 = v87[i88];
        if (v89 !== null && typeof v89 == "object" && !Array.isArray(v89)) {
          const v90 = v89.transactionRefs;
          if (Array.isArray(v90)) { for (const s of v90) if (typeof s == "string" && (ids.get(s) & 8192) === 0) return false; } else if (typeof v90 == "string" && (ids.get(v90) & 8192) === 0) return false;
        }
      }
      const v91 = v79.launderingMethods;
      if (Array.isArray(v91)) { for (const s of v91) if (typeof s == "string" && DEPRECATED_CODES9.has(s)) return false; } else if (typeof v91 == "string" && DEPRECATED_CODES9.has(v91)) return false;
    }
    const v92 = report.indicators;
    if (Array.isArray(v92)) for (let i93 = 0; i93 < v92.length; i93++) {
      const v94 = v92[i93];
      if (v94 !== null && typeof v94 == "object" && !Array.isArray(v94)) {
        const v95 = v94.subjectRefs;
        if (Array.isArray(v95)) { for (const s of v95) if (typeof s == "string" && (ids.get(s) & 4192) === 0) return false; } else if (typeof v95 == "string" && (ids.get(v95) & 4192) === 0) return false;
        const v96 = v94.evidenceRefs;
        if (Array.isArray(v96)) { for (const s of v96) if (typeof s == "string" && (ids.get(s) & 38318688) === 0) return false; } else if (typeof v96 == "string" && (ids.get(v96) & 38318688) === 0) return false;
        const v97 = v94.firstObserved;
        if (reported !== undefined && typeof v97 == "string" && laterThan(v97, reported)) return false;
        const v98 = v94.indicatorId;
        if (typeof v98 == "string") { const status = INDICATORS0.get(v98); if (status === undefined || status === "withdrawn" || status === "deprecated" || (status === "provisional" && LEANING_STATUSES1.has(v94.status))) return false; }
      }
    }
    const v99 = report.outcomes;
    if (v99 !== null && typeof v99 == "object" && !Array.isArray(v99)) {
      const v100 = v99.strSarFilings;
      if (Array.isArray(v100)) for (let i101 = 0; i101 < v100.length; i101++) {
        const v102 = v100[i101];
        if (v102 !== null && typeof v102 == "object" && !Array.isArray(v102)) {
          const v103 = v102.subjectRefs;
          if (Array.isArray(v103)) { for (const s of v103) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v103 == "string" && (ids.get(v103) & 96) === 0) return false;
          const v104 = v102.accountRefs;
          if (Array.isArray(v104)) { for (const s of v104) if (typeof s == "string" && (ids.get(s) & 4096) === 0) return false; } else if (typeof v104 == "string" && (ids.get(v104) & 4096) === 0) return false;
          const v105 = v102.transactionRefs;
          if (Array.isArray(v105)) { for (const s of v105) if (typeof s == "string" && (ids.get(s) & 8192) === 0) return false; } else if (typeof v105 == "string" && (ids.get(v105) & 8192) === 0) return false;
          const v106 = v102.period;
          if (reported !== undefined && typeof v106 == "string" && laterThan(v106, reported)) return false;
          const v107 = v102.keyTermsUsed;
          if (Array.isArray(v107)) { for (const s of v107) if (typeof s == "string" && !PLAIN_CODES10.has(s)) return false; } else if (typeof v107 == "string" && !PLAIN_CODES10.has(v107)) return false;
        }
      }
      const v108 = v99.fiuDisseminations;
      if (Array.isArray(v108)) for (let i109 = 0; i109 < v108.length; i109++) {
        const v110 = v108[i109];
        if (v110 !== null && typeof v110 == "object" && !Array.isArray(v110)) {
          const v111 = v110.strSarFilingRefs;
          if (Array.isArray(v111)) { for (const s of v111) if (typeof s == "string" && (ids.get(s) & 524288) === 0) return false; } else if (typeof v111 == "string" && (ids.get(v111) & 524288) === 0) return false;
          const v112 = v110.period;
          if (reported !== undefined && typeof v112 == "string" && laterThan(v112, reported)) return false;
        }
      }
      const v113 = v99.publicPrivateSharing;
      if (Array.isArray(v113)) for (let i114 = 0; i114 < v113.length; i114++) {
        const v115 = v113[i114];
        if (v115 !== null && typeof v115 == "object" && !Array.isArray(v115)) {
          const v116 = v115.strSarFilingRefs;
          if (Array.isArray(v116)) { for (const s of v116) if (typeof s == "string" && (ids.get(s) & 524288) === 0) return false; } else if (typeof v116 == "string" && (ids.get(v116) & 524288) === 0) return false;
          const v117 = v115.period;
          if (reported !== undefined && typeof v117 == "string" && laterThan(v117, reported)) return false;
        }
      }
      const v118 = v99.assetActions;
      if (Array.isArray(v118)) for (let i119 = 0; i119 < v118.length; i119++) {
        const v120 = v118[i119];
        if (v120 !== null && typeof v120 == "object" && !Array.isArray(v120)) {
          const v121 = v120.accountRefs;
          if (Array.isArray(v121)) { for (const s of v121) if (typeof s == "string" && (ids.get(s) & 4096) === 0) return false; } else if (typeof v121 == "string" && (ids.get(v121) & 4096) === 0) return false;
          const v122 = v120.assetRefs;
          if (Array.isArray(v122)) { for (const s of v122) if (typeof s == "string" && (ids.get(s) & 32768) === 0) return false; } else if (typeof v122 == "string" && (ids.get(v122) & 32768) === 0) return false;
          const v123 = v120.returnedToRefs;
          if (Array.isArray(v123)) { for (const s of v123) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v123 == "string" && (ids.get(v123) & 32) === 0) return false;
          const v124 = v120.date;
          if (reported !== undefined && typeof v124 == "string" && laterThan(v124, reported)) return false;
          const v125 = v120.amount;
          if (v125 !== null && typeof v125 == "object" && Object.hasOwn(v125, "currency")) { const part = v125.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
        }
      }
      const v126 = v99.compensationClaims;
      if (Array.isArray(v126)) for (let i127 = 0; i127 < v126.length; i127++) {
        const v128 = v126[i127];
        if (v128 !== null && typeof v128 == "object" && !Array.isArray(v128)) {
          const v129 = v128.claimantRefs;
          if (Array.isArray(v129)) { for (const s of v129) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v129 == "string" && (ids.get(v129) & 32) === 0) return false;
          const v130 = v128.paidFromAssetActionRefs;
          if (Array.isArray(v130)) { for (const s of v130) if (typeof s == "string" && (ids.get(s) & 4194304) === 0) return false; } else if (typeof v130 == "string" && (ids.get(v130) & 4194304) === 0) return false;
          const v131 = v128.dateClaimed;
          if (reported !== undefined && typeof v131 == "string" && laterThan(v131, reported)) return false;
          const v132 = v128.amountClaimed;
          if (v132 !== null && typeof v132 == "object" && Object.hasOwn(v132, "currency")) { const part = v132.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
          const v133 = v128.amountAwarded;
          if (v133 !== null && typeof v133 == "object" && Object.hasOwn(v133, "currency")) { const part = v133.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
          const v134 = v128.amountPaid;
          if (v134 !== null && typeof v134 == "object" && Object.hasOwn(v134, "currency")) { const part = v134.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
        }
      }
      const v135 = v99.referrals;
      if (Array.isArray(v135)) for (let i136 = 0; i136 < v135.length; i136++) {
        const v137 = v135[i136];
        if (v137 !== null && typeof v137 == "object" && !Array.isArray(v137)) {
          const v138 = v137.date;
          if (reported !== undefined && typeof v138 == "string" && laterThan(v138, reported)) return false;
        }
      }
      const v139 = v99.assetsFrozen;
      if (v139 !== null && typeof v139 == "object" && !Array.isArray(v139)) {
        const v140 = v139.amount;
        if (Object.hasOwn(v139, "amount")) return false;
        if (v140 !== null && typeof v140 == "object" && Object.hasOwn(v140, "currency")) { const part = v140.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
        const v141 = v139.confiscationType;
        if (Object.hasOwn(v139, "confiscationType")) return false;
      }
      const v142 = v99.assetsConfiscated;
      if (v142 !== null && typeof v142 == "object" && !Array.isArray(v142)) {
        const v143 = v142.amount;
        if (Object.hasOwn(v142, "amount")) return false;
        if (v143 !== null && typeof v143 == "object" && Object.hasOwn(v143, "currency")) { const part = v143.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
        const v144 = v142.confiscationType;
        if (Object.hasOwn(v142, "confiscationType")) return false;
      }
    }
    const v145 = report.informationAsOf;
    if (reported !== undefined && typeof v145 == "string" && laterThan(v145, reported)) return false;
    const v146 = report.exploitationStart;
    if (reported !== undefined && typeof v146 == "string" && laterThan(v146, reported)) return false;
    const v147 = report.exploitationEnd;
    if (reported !== undefined && typeof v147 == "string" && laterThan(v147, reported)) return false;
    const v148 = report.consent;
    if (v148 !== null && typeof v148 == "object" && !Array.isArray(v148)) {
      const v149 = v148.consentDate;
      if (reported !== undefined && typeof v149 == "string" && laterThan(v149, reported)) return false;
    }
    const v150 = report.exploitationPlatforms;
    if (Array.isArray(v150)) { for (const s of v150) if (typeof s == "string" && !PLAIN_CODES2.has(s)) return false; } else if (typeof v150 == "string" && !PLAIN_CODES2.has(v150)) return false;
    const v151 = report.victimCountBand;
    if (Array.isArray(v151)) { for (const s of v151) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof v151 == "string" && DEPRECATED_CODES3.has(v151)) return false;
    const v152 = report.perpetratorCountBand;
    if (Array.isArray(v152)) { for (const s of v152) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof v152 == "string" && DEPRECATED_CODES3.has(v152)) return false;
    const v153 = report.estimatedProceeds;
    if (v153 !== null && typeof v153 == "object" && Object.hasOwn(v153, "currency")) { const part = v153.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
    const v154 = report.recruitment;
    if (v154 !== null && typeof v154 == "object" && !Array.isArray(v154)) {
      const v155 = v154.recruitmentPlatforms;
      if (Array.isArray(v155)) { for (const s of v155) if (typeof s == "string" && !PLAIN_CODES2.has(s)) return false; } else if (typeof v155 == "string" && !PLAIN_CODES2.has(v155)) return false;
      const v156 = v154.promisedPay;
      if (v156 !== null && typeof v156 == "object" && Object.hasOwn(v156, "currency")) { const part = v156.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
      const v157 = v154.actualPay;
      if (v157 !== null && typeof v157 == "object" && Object.hasOwn(v157, "currency")) { const part = v157.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
      const v158 = v154.recruitmentFee;
      if (v158 !== null && typeof v158 == "object" && Object.hasOwn(v158, "currency")) { const part = v158.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
      const v159 = v154.ransom;
      if (v159 !== null && typeof v159 == "object" && !Array.isArray(v159)) {
        const v160 = v159.amount;
        if (v160 !== null && typeof v160 == "object" && Object.hasOwn(v160, "currency")) { const part = v160.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES4.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES4.has(part)) return false; }
      }
    }
    const v161 = report.scamCompound;
    if (v161 !== null && typeof v161 == "object" && !Array.isArray(v161)) {
      const v162 = v161.jobAdPlatforms;
      if (Array.isArray(v162)) { for (const s of v162) if (typeof s == "string" && !PLAIN_CODES2.has(s)) return false; } else if (typeof v162 == "string" && !PLAIN_CODES2.has(v162)) return false;
      const v163 = v161.walletAddresses;
      if (Array.isArray(v163)) for (let i164 = 0; i164 < v163.length; i164++) {
        const v165 = v163[i164];
        if (v165 !== null && typeof v165 == "object" && !Array.isArray(v165)) {
          const v166 = v165.network;
          if (Array.isArray(v166)) { for (const s of v166) if (typeof s == "string" && !PLAIN_CODES5.has(s)) return false; } else if (typeof v166 == "string" && !PLAIN_CODES5.has(v166)) return false;
        }
      }
    }
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
