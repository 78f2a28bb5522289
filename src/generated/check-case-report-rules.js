// Generated from the HTFDS schema by generators/validators/generate-rules-verdict.ts. Do not edit: change schema/ and run `npm run build`.
import { pointerResolves } from '../validate/paths.js';
import { laterThan } from '../validate/rule-targets.js';
import { atLeastAsStrict } from '../share/tlp.js';

const INDICATORS0 = new Map([["FINCEN-HT20-B01","active"],["FINCEN-HT20-B02","active"],["FINCEN-HT20-B03","active"],["FINCEN-HT20-B04","active"],["FINCEN-HT20-B05","active"],["FINCEN-HT20-B06","active"],["FINCEN-HT20-B07","active"],["FINCEN-HT20-B08","active"],["FINCEN-HT20-B09","active"],["FINCEN-HT20-B10","active"],["FINCEN-HT20-F11","active"],["FINCEN-HT20-F12","active"],["FINCEN-HT20-F13","active"],["FINCEN-HT20-F14","active"],["FINCEN-HT20-F15","active"],["FINCEN-HT20-F16","active"],["FINCEN-HT20-F17","active"],["FINCEN-HT20-F18","active"],["FINCEN-HT20-F19","active"],["FINCEN-HT20-F20","active"],["FINCEN-HT20-TY1","active"],["FINCEN-HT20-TY2","active"],["FINCEN-HT20-TY3","active"],["FINCEN-HT20-TY4","active"],["FINCEN-HT14-T01","active"],["FINCEN-HT14-T02","active"],["FINCEN-HT14-T03","active"],["FINCEN-HT14-T04","active"],["FINCEN-HT14-T05","active"],["FINCEN-HT14-T06","deprecated"],["FINCEN-HT14-T07","active"],["FINCEN-HT14-T08","active"],["FINCEN-HT14-T09","active"],["FINCEN-HT14-T10","withdrawn"],["FINCEN-HS14-S01","active"],["FINCEN-HS14-S02","active"],["FINCEN-HS14-S03","active"],["FINCEN-HS14-S04","active"],["FINCEN-HS14-S05","active"],["FINCEN-HS14-S06","active"],["FINCEN-HS14-S07","active"],["FATF-HT18-01","active"],["FATF-HT18-02","active"],["FATF-HT18-03","active"],["FATF-HT18-04","active"],["FATF-HT18-05","active"],["FATF-HT18-06","active"],["FATF-HT18-07","active"],["FATF-HT18-08","provisional"],["FATF-HT18-09","provisional"],["FATF-HT18-10","provisional"],["FATF-HT18-11","provisional"],["FATF-HT18-12","provisional"],["FATF-HT18-13","provisional"],["FATF-HT18-14","withdrawn"],["FATF-HT18-15","active"],["FATF-HT18-16","active"],["MC-MST-GEN-B01","active"],["MC-MST-GEN-BU01","active"],["MC-MST-FP-T01","provisional"],["MC-MST-FP-D01","provisional"],["MC-MST-FISH-T01","provisional"],["MC-MST-FISH-B01","provisional"],["MC-MST-DS-T01","provisional"],["MC-MST-CON-T01","provisional"],["MC-MST-MFG-T01","provisional"],["MC-MST-AGR-T01","provisional"],["MC-MST-SCAM-T01","provisional"],["MC-MST-MULE-B01","provisional"],["MC-MST-CSE-T01","provisional"],["AUSTRAC-FSS22-C01","active"],["AUSTRAC-FSS22-C02","active"],["AUSTRAC-FSS22-C03","active"],["AUSTRAC-FSS22-C04","active"],["AUSTRAC-FSS22-C05","active"],["AUSTRAC-FSS22-C06","active"],["AUSTRAC-FSS22-C07","active"],["AUSTRAC-FSS22-C08","active"],["AUSTRAC-FSS22-C09","active"],["AUSTRAC-FSS22-C10","active"],["AUSTRAC-FSS22-C11","active"],["AUSTRAC-FSS22-C12","active"],["UNODC-FC23-A01","active"],["UNODC-FC23-A02","provisional"],["UNODC-FC23-M01","provisional"],["UNODC-FC23-M02","provisional"],["UNODC-FC23-M03","provisional"],["UNODC-FC23-P01","active"],["UNODC-FC23-P02","provisional"],["FINCEN-PB23-01","active"],["FINCEN-PB23-02","active"],["FINCEN-PB23-03","active"],["FINCEN-PB23-04","active"],["FINCEN-PB23-05","provisional"],["FINCEN-PB23-06","active"],["FINTRAC-HTSE16-T01","active"],["FINTRAC-HTSE16-T02","active"],["FINTRAC-HTSE16-T03","active"],["FINTRAC-HTSE16-T04","active"],["FINTRAC-HTSE16-T05","active"],["FINTRAC-HTSE16-T06","active"],["FINTRAC-HTSE16-T07","active"],["FINTRAC-HTSE16-T08","active"],["FINTRAC-HTSE16-T09","active"],["ILO-FLI-01","active"],["ILO-FLI-02","active"],["ILO-FLI-03","active"],["ILO-FLI-04","active"],["ILO-FLI-05","active"],["ILO-FLI-06","active"],["ILO-FLI-07","active"],["ILO-FLI-08","active"],["ILO-FLI-09","active"],["ILO-FLI-10","active"],["ILO-FLI-11","active"]]);
const LEANING_STATUSES1 = new Set(["observed","suspected"]);
const DEPRECATED_CODES2 = new Set(["101+"]);
const DEPRECATED_CODES3 = new Set(["ANG","BGN","HRK","SLL","ZWL"]);
const PLAIN_CODES4 = new Set(["tron","ethereum","bitcoin","bnbSmartChain","solana","polygon","arbitrum","ton","litecoin","xrpLedger","monero","base","optimism","avalanche","other"]);
const PLAIN_CODES5 = new Set(["usdt","usdc","btc","eth","trx","bnb","sol","ltc","xrp","xmr","other"]);
const PLAIN_CODES6 = new Set(["ach","fedwire","fedNow","rtp","zelle","swift","sepaCreditTransfer","sepaInstant","fasterPayments","bacs","chaps","interacETransfer","npp","upi","imps","pix","promptPay","instaPay","pesoNet","duitNow","payNow","fps","cardNetwork","other"]);
const PLAIN_CODES7 = new Set(["mPesa","mtnMoMo","airtelMoney","orangeMoney","bKash","easypaisa","jazzCash","gcash","maya","truemoney","westernUnion","moneyGram","ria","remitly","wise","worldRemit","paypal","venmo","cashApp","revolut","alipay","wechatPay","other"]);
const DEPRECATED_CODES8 = new Set(["cryptoMixersBridges"]);
const PLAIN_CODES9 = new Set(["HUMAN TRAFFICKING FIN-2020-A008","Advisory Human Trafficking","Advisory Human Smuggling","FIN-2023-PIGBUTCHERING","XXMSHTXX","#ProjectProtect"]);
const PLAIN_CODES10 = new Set(["Facebook","Instagram","WhatsApp","Telegram","FacebookMessenger","Viber","SnapChat","Line","4Sale","WeChat","QQ","QZone","TikTok","Twitter","EscortOrClassifiedAdSite","DatingApp","JobBoard","LiveStreamingSite","FanSubscriptionSite","Other"]);
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
    const v0 = report.organisations;
    if (Array.isArray(v0)) for (let i1 = 0; i1 < v0.length; i1++) {
      const v2 = v0[i1];
      if (v2 !== null && typeof v2 == "object" && !Array.isArray(v2)) {
        const v3 = v2.beneficialOwnerRefs;
        if (Array.isArray(v3)) { for (const s of v3) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v3 == "string" && (ids.get(v3) & 32) === 0) return false;
        if (Object.hasOwn(v2, "beneficialOwnerRefs")) return false;
        const v4 = v2.ownership;
        if (Array.isArray(v4)) for (let i5 = 0; i5 < v4.length; i5++) {
          const v6 = v4[i5];
          if (v6 !== null && typeof v6 == "object" && typeof v6.interestStart == "string" && typeof v6.interestEnd == "string" && laterThan(v6.interestStart, v6.interestEnd)) return false;
          if (v6 !== null && typeof v6 == "object" && !Array.isArray(v6)) {
            const v7 = v6.interestedPartyRef;
            if (Array.isArray(v7)) { for (const s of v7) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v7 == "string" && (ids.get(v7) & 96) === 0) return false;
            const v8 = v6.nominatorRef;
            if (Array.isArray(v8)) { for (const s of v8) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v8 == "string" && (ids.get(v8) & 96) === 0) return false;
            const v9 = v6.interestStart;
            if (reported !== undefined && typeof v9 == "string" && laterThan(v9, reported)) return false;
            const v10 = v6.interestEnd;
            if (reported !== undefined && typeof v10 == "string" && laterThan(v10, reported)) return false;
          }
        }
        const v11 = v2.sanctions;
        if (Array.isArray(v11)) for (let i12 = 0; i12 < v11.length; i12++) {
          const v13 = v11[i12];
          if (v13 !== null && typeof v13 == "object" && !Array.isArray(v13)) {
            const v14 = v13.designationDate;
            if (reported !== undefined && typeof v14 == "string" && laterThan(v14, reported)) return false;
            const v15 = v13.delistingDate;
            if (reported !== undefined && typeof v15 == "string" && laterThan(v15, reported)) return false;
          }
        }
        const v16 = v2.declaredWorkforceBand;
        if (Array.isArray(v16)) { for (const s of v16) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof v16 == "string" && DEPRECATED_CODES2.has(v16)) return false;
        const v17 = v2.observedWorkerBand;
        if (Array.isArray(v17)) { for (const s of v17) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof v17 == "string" && DEPRECATED_CODES2.has(v17)) return false;
      }
    }
    const v18 = report.debts;
    if (Array.isArray(v18)) for (let i19 = 0; i19 < v18.length; i19++) {
      const v20 = v18[i19];
      if (v20 !== null && typeof v20 == "object" && !Array.isArray(v20)) {
        const v21 = v20.creditorRef;
        if (Array.isArray(v21)) { for (const s of v21) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v21 == "string" && (ids.get(v21) & 96) === 0) return false;
        const v22 = v20.initialAmount;
        if (v22 !== null && typeof v22 == "object" && Object.hasOwn(v22, "currency")) { const part = v22.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES3.has(part)) return false; }
        const v23 = v20.currentAmount;
        if (v23 !== null && typeof v23 == "object" && Object.hasOwn(v23, "currency")) { const part = v23.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES3.has(part)) return false; }
      }
    }
    const v24 = report.financialControl;
    if (v24 !== null && typeof v24 == "object" && !Array.isArray(v24)) {
      const v25 = v24.appliesToPersonRefs;
      if (Array.isArray(v25)) { for (const s of v25) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v25 == "string" && (ids.get(v25) & 32) === 0) return false;
      const v26 = v24.fines;
      if (v26 !== null && typeof v26 == "object" && Object.hasOwn(v26, "currency")) { const part = v26.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES3.has(part)) return false; }
    }
    const v27 = report.victimFinancialMisuse;
    if (v27 !== null && typeof v27 == "object" && !Array.isArray(v27)) {
      const v28 = v27.appliesToPersonRefs;
      if (Array.isArray(v28)) { for (const s of v28) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v28 == "string" && (ids.get(v28) & 32) === 0) return false;
      const v29 = v27.creditInVictimNameAmount;
      if (v29 !== null && typeof v29 == "object" && Object.hasOwn(v29, "currency")) { const part = v29.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES3.has(part)) return false; }
    }
    const v30 = report.accounts;
    if (Array.isArray(v30)) for (let i31 = 0; i31 < v30.length; i31++) {
      const v32 = v30[i31];
      if (v32 !== null && typeof v32 == "object" && typeof v32.openedPeriod == "string" && typeof v32.closedPeriod == "string" && laterThan(v32.openedPeriod, v32.closedPeriod)) return false;
      if (v32 !== null && typeof v32 == "object" && !Array.isArray(v32)) {
        const v33 = v32.holderRefs;
        if (Array.isArray(v33)) { for (const s of v33) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v33 == "string" && (ids.get(v33) & 96) === 0) return false;
        const v34 = v32.controllerRefs;
        if (Array.isArray(v34)) { for (const s of v34) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v34 == "string" && (ids.get(v34) & 96) === 0) return false;
        const v35 = v32.sharesIdentifiersWithRefs;
        if (Array.isArray(v35)) { for (const s of v35) if (typeof s == "string" && (ids.get(s) & 4096) === 0) return false; } else if (typeof v35 == "string" && (ids.get(v35) & 4096) === 0) return false;
        const v36 = v32.openedPeriod;
        if (reported !== undefined && typeof v36 == "string" && laterThan(v36, reported)) return false;
        const v37 = v32.closedPeriod;
        if (reported !== undefined && typeof v37 == "string" && laterThan(v37, reported)) return false;
        const v38 = v32.cryptoNetwork;
        if (Array.isArray(v38)) { for (const s of v38) if (typeof s == "string" && !PLAIN_CODES4.has(s)) return false; } else if (typeof v38 == "string" && !PLAIN_CODES4.has(v38)) return false;
        const v39 = v32.cryptoAssets;
        if (Array.isArray(v39)) { for (const s of v39) if (typeof s == "string" && !PLAIN_CODES5.has(s)) return false; } else if (typeof v39 == "string" && !PLAIN_CODES5.has(v39)) return false;
        const v40 = v32.currency;
        if (Array.isArray(v40)) { for (const s of v40) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof v40 == "string" && DEPRECATED_CODES3.has(v40)) return false;
        const v41 = v32.identifiers;
        if (Array.isArray(v41)) for (let i42 = 0; i42 < v41.length; i42++) {
          const v43 = v41[i42];
          if (v43 !== null && typeof v43 == "object" && !Array.isArray(v43)) {
            const v44 = v43.value;
            if (open && v44 !== undefined && !((v44 !== null && typeof v44 == "object" && !Array.isArray(v44)) && Object.hasOwn(v44, "missing"))) return false;
          }
        }
      }
    }
    const v45 = report.transactions;
    if (Array.isArray(v45)) for (let i46 = 0; i46 < v45.length; i46++) {
      const v47 = v45[i46];
      if (v47 !== null && typeof v47 == "object" && typeof v47.periodStart == "string" && typeof v47.periodEnd == "string" && laterThan(v47.periodStart, v47.periodEnd)) return false;
      if (v47 !== null && typeof v47 == "object" && !Array.isArray(v47)) {
        const v48 = v47.fromRef;
        if (Array.isArray(v48)) { for (const s of v48) if (typeof s == "string" && (ids.get(s) & 4192) === 0) return false; } else if (typeof v48 == "string" && (ids.get(v48) & 4192) === 0) return false;
        const v49 = v47.toRef;
        if (Array.isArray(v49)) { for (const s of v49) if (typeof s == "string" && (ids.get(s) & 4192) === 0) return false; } else if (typeof v49 == "string" && (ids.get(v49) & 4192) === 0) return false;
        const v50 = v47.onBehalfOfRef;
        if (Array.isArray(v50)) { for (const s of v50) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v50 == "string" && (ids.get(v50) & 32) === 0) return false;
        const v51 = v47.debtRef;
        if (Array.isArray(v51)) { for (const s of v51) if (typeof s == "string" && (ids.get(s) & 512) === 0) return false; } else if (typeof v51 == "string" && (ids.get(v51) & 512) === 0) return false;
        const v52 = v47.date;
        if (reported !== undefined && typeof v52 == "string" && laterThan(v52, reported)) return false;
        const v53 = v47.periodStart;
        if (reported !== undefined && typeof v53 == "string" && laterThan(v53, reported)) return false;
        const v54 = v47.periodEnd;
        if (reported !== undefined && typeof v54 == "string" && laterThan(v54, reported)) return false;
        const v55 = v47.amount;
        if (v55 !== null && typeof v55 == "object" && Object.hasOwn(v55, "currency")) { const part = v55.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES3.has(part)) return false; }
        const v56 = v47.rail;
        if (Array.isArray(v56)) { for (const s of v56) if (typeof s == "string" && !PLAIN_CODES6.has(s)) return false; } else if (typeof v56 == "string" && !PLAIN_CODES6.has(v56)) return false;
        const v57 = v47.provider;
        if (Array.isArray(v57)) { for (const s of v57) if (typeof s == "string" && !PLAIN_CODES7.has(s)) return false; } else if (typeof v57 == "string" && !PLAIN_CODES7.has(v57)) return false;
        const v58 = v47.cryptoDetails;
        if (v58 !== null && typeof v58 == "object" && !Array.isArray(v58)) {
          const v59 = v58.asset;
          if (Array.isArray(v59)) { for (const s of v59) if (typeof s == "string" && !PLAIN_CODES5.has(s)) return false; } else if (typeof v59 == "string" && !PLAIN_CODES5.has(v59)) return false;
          const v60 = v58.network;
          if (Array.isArray(v60)) { for (const s of v60) if (typeof s == "string" && !PLAIN_CODES4.has(s)) return false; } else if (typeof v60 == "string" && !PLAIN_CODES4.has(v60)) return false;
          const v61 = v58.viaMixerOrBridge;
          if (Object.hasOwn(v58, "viaMixerOrBridge")) return false;
          const v62 = v58.fiatEquivalent;
          if (v62 !== null && typeof v62 == "object" && Object.hasOwn(v62, "currency")) { const part = v62.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES3.has(part)) return false; }
        }
      }
    }
    const v63 = report.laundering;
    if (v63 !== null && typeof v63 == "object" && !Array.isArray(v63)) {
      const v64 = v63.assets;
      if (Array.isArray(v64)) for (let i65 = 0; i65 < v64.length; i65++) {
        const v66 = v64[i65];
        if (v66 !== null && typeof v66 == "object" && !Array.isArray(v66)) {
          const v67 = v66.registeredToRef;
          if (Array.isArray(v67)) { for (const s of v67) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v67 == "string" && (ids.get(v67) & 96) === 0) return false;
          const v68 = v66.acquisitionTransactionRefs;
          if (Array.isArray(v68)) { for (const s of v68) if (typeof s == "string" && (ids.get(s) & 8192) === 0) return false; } else if (typeof v68 == "string" && (ids.get(v68) & 8192) === 0) return false;
          const v69 = v66.acquisitionDate;
          if (reported !== undefined && typeof v69 == "string" && laterThan(v69, reported)) return false;
          const v70 = v66.value;
          if (v70 !== null && typeof v70 == "object" && Object.hasOwn(v70, "currency")) { const part = v70.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES3.has(part)) return false; }
        }
      }
      const v71 = v63.tradeBasedDetails;
      if (Array.isArray(v71)) for (let i72 = 0; i72 < v71.length; i72++) {
        const v73 = v71[i72];
        if (v73 !== null && typeof v73 == "object" && !Array.isArray(v73)) {
          const v74 = v73.transactionRefs;
          if (Array.isArray(v74)) { for (const s of v74) if (typeof s == "string" && (ids.get(s) & 8192) === 0) return false; } else if (typeof v74 == "string" && (ids.get(v74) & 8192) === 0) return false;
        }
      }
      const v75 = v63.launderingMethods;
      if (Array.isArray(v75)) { for (const s of v75) if (typeof s == "string" && DEPRECATED_CODES8.has(s)) return false; } else if (typeof v75 == "string" && DEPRECATED_CODES8.has(v75)) return false;
    }
    const v76 = report.indicators;
    if (Array.isArray(v76)) for (let i77 = 0; i77 < v76.length; i77++) {
      const v78 = v76[i77];
      if (v78 !== null && typeof v78 == "object" && !Array.isArray(v78)) {
        const v79 = v78.subjectRefs;
        if (Array.isArray(v79)) { for (const s of v79) if (typeof s == "string" && (ids.get(s) & 4192) === 0) return false; } else if (typeof v79 == "string" && (ids.get(v79) & 4192) === 0) return false;
        const v80 = v78.evidenceRefs;
        if (Array.isArray(v80)) { for (const s of v80) if (typeof s == "string" && (ids.get(s) & 38318688) === 0) return false; } else if (typeof v80 == "string" && (ids.get(v80) & 38318688) === 0) return false;
        const v81 = v78.firstObserved;
        if (reported !== undefined && typeof v81 == "string" && laterThan(v81, reported)) return false;
        const v82 = v78.indicatorId;
        if (typeof v82 == "string") { const status = INDICATORS0.get(v82); if (status === undefined || status === "withdrawn" || status === "deprecated" || (status === "provisional" && LEANING_STATUSES1.has(v78.status))) return false; }
      }
    }
    const v83 = report.outcomes;
    if (v83 !== null && typeof v83 == "object" && !Array.isArray(v83)) {
      const v84 = v83.strSarFilings;
      if (Array.isArray(v84)) for (let i85 = 0; i85 < v84.length; i85++) {
        const v86 = v84[i85];
        if (v86 !== null && typeof v86 == "object" && !Array.isArray(v86)) {
          const v87 = v86.subjectRefs;
          if (Array.isArray(v87)) { for (const s of v87) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v87 == "string" && (ids.get(v87) & 96) === 0) return false;
          const v88 = v86.accountRefs;
          if (Array.isArray(v88)) { for (const s of v88) if (typeof s == "string" && (ids.get(s) & 4096) === 0) return false; } else if (typeof v88 == "string" && (ids.get(v88) & 4096) === 0) return false;
          const v89 = v86.transactionRefs;
          if (Array.isArray(v89)) { for (const s of v89) if (typeof s == "string" && (ids.get(s) & 8192) === 0) return false; } else if (typeof v89 == "string" && (ids.get(v89) & 8192) === 0) return false;
          const v90 = v86.period;
          if (reported !== undefined && typeof v90 == "string" && laterThan(v90, reported)) return false;
          const v91 = v86.keyTermsUsed;
          if (Array.isArray(v91)) { for (const s of v91) if (typeof s == "string" && !PLAIN_CODES9.has(s)) return false; } else if (typeof v91 == "string" && !PLAIN_CODES9.has(v91)) return false;
        }
      }
      const v92 = v83.fiuDisseminations;
      if (Array.isArray(v92)) for (let i93 = 0; i93 < v92.length; i93++) {
        const v94 = v92[i93];
        if (v94 !== null && typeof v94 == "object" && !Array.isArray(v94)) {
          const v95 = v94.strSarFilingRefs;
          if (Array.isArray(v95)) { for (const s of v95) if (typeof s == "string" && (ids.get(s) & 524288) === 0) return false; } else if (typeof v95 == "string" && (ids.get(v95) & 524288) === 0) return false;
          const v96 = v94.period;
          if (reported !== undefined && typeof v96 == "string" && laterThan(v96, reported)) return false;
        }
      }
      const v97 = v83.publicPrivateSharing;
      if (Array.isArray(v97)) for (let i98 = 0; i98 < v97.length; i98++) {
        const v99 = v97[i98];
        if (v99 !== null && typeof v99 == "object" && !Array.isArray(v99)) {
          const v100 = v99.strSarFilingRefs;
          if (Array.isArray(v100)) { for (const s of v100) if (typeof s == "string" && (ids.get(s) & 524288) === 0) return false; } else if (typeof v100 == "string" && (ids.get(v100) & 524288) === 0) return false;
          const v101 = v99.period;
          if (reported !== undefined && typeof v101 == "string" && laterThan(v101, reported)) return false;
        }
      }
      const v102 = v83.assetActions;
      if (Array.isArray(v102)) for (let i103 = 0; i103 < v102.length; i103++) {
        const v104 = v102[i103];
        if (v104 !== null && typeof v104 == "object" && !Array.isArray(v104)) {
          const v105 = v104.accountRefs;
          if (Array.isArray(v105)) { for (const s of v105) if (typeof s == "string" && (ids.get(s) & 4096) === 0) return false; } else if (typeof v105 == "string" && (ids.get(v105) & 4096) === 0) return false;
          const v106 = v104.assetRefs;
          if (Array.isArray(v106)) { for (const s of v106) if (typeof s == "string" && (ids.get(s) & 32768) === 0) return false; } else if (typeof v106 == "string" && (ids.get(v106) & 32768) === 0) return false;
          const v107 = v104.returnedToRefs;
          if (Array.isArray(v107)) { for (const s of v107) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v107 == "string" && (ids.get(v107) & 32) === 0) return false;
          const v108 = v104.date;
          if (reported !== undefined && typeof v108 == "string" && laterThan(v108, reported)) return false;
          const v109 = v104.amount;
          if (v109 !== null && typeof v109 == "object" && Object.hasOwn(v109, "currency")) { const part = v109.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES3.has(part)) return false; }
        }
      }
      const v110 = v83.compensationClaims;
      if (Array.isArray(v110)) for (let i111 = 0; i111 < v110.length; i111++) {
        const v112 = v110[i111];
        if (v112 !== null && typeof v112 == "object" && !Array.isArray(v112)) {
          const v113 = v112.claimantRefs;
          if (Array.isArray(v113)) { for (const s of v113) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v113 == "string" && (ids.get(v113) & 32) === 0) return false;
          const v114 = v112.paidFromAssetActionRefs;
          if (Array.isArray(v114)) { for (const s of v114) if (typeof s == "string" && (ids.get(s) & 4194304) === 0) return false; } else if (typeof v114 == "string" && (ids.get(v114) & 4194304) === 0) return false;
          const v115 = v112.dateClaimed;
          if (reported !== undefined && typeof v115 == "string" && laterThan(v115, reported)) return false;
          const v116 = v112.amountClaimed;
          if (v116 !== null && typeof v116 == "object" && Object.hasOwn(v116, "currency")) { const part = v116.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES3.has(part)) return false; }
          const v117 = v112.amountAwarded;
          if (v117 !== null && typeof v117 == "object" && Object.hasOwn(v117, "currency")) { const part = v117.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES3.has(part)) return false; }
          const v118 = v112.amountPaid;
          if (v118 !== null && typeof v118 == "object" && Object.hasOwn(v118, "currency")) { const part = v118.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES3.has(part)) return false; }
        }
      }
      const v119 = v83.referrals;
      if (Array.isArray(v119)) for (let i120 = 0; i120 < v119.length; i120++) {
        const v121 = v119[i120];
        if (v121 !== null && typeof v121 == "object" && !Array.isArray(v121)) {
          const v122 = v121.date;
          if (reported !== undefined && typeof v122 == "string" && laterThan(v122, reported)) return false;
        }
      }
      const v123 = v83.assetsFrozen;
      if (v123 !== null && typeof v123 == "object" && !Array.isArray(v123)) {
        const v124 = v123.amount;
        if (Object.hasOwn(v123, "amount")) return false;
        if (v124 !== null && typeof v124 == "object" && Object.hasOwn(v124, "currency")) { const part = v124.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES3.has(part)) return false; }
        const v125 = v123.confiscationType;
        if (Object.hasOwn(v123, "confiscationType")) return false;
      }
      const v126 = v83.assetsConfiscated;
      if (v126 !== null && typeof v126 == "object" && !Array.isArray(v126)) {
        const v127 = v126.amount;
        if (Object.hasOwn(v126, "amount")) return false;
        if (v127 !== null && typeof v127 == "object" && Object.hasOwn(v127, "currency")) { const part = v127.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES3.has(part)) return false; }
        const v128 = v126.confiscationType;
        if (Object.hasOwn(v126, "confiscationType")) return false;
      }
    }
    const v129 = report.informationAsOf;
    if (reported !== undefined && typeof v129 == "string" && laterThan(v129, reported)) return false;
    const v130 = report.exploitationStart;
    if (reported !== undefined && typeof v130 == "string" && laterThan(v130, reported)) return false;
    const v131 = report.exploitationEnd;
    if (reported !== undefined && typeof v131 == "string" && laterThan(v131, reported)) return false;
    const v132 = report.consent;
    if (v132 !== null && typeof v132 == "object" && !Array.isArray(v132)) {
      const v133 = v132.consentDate;
      if (reported !== undefined && typeof v133 == "string" && laterThan(v133, reported)) return false;
    }
    const v134 = report.persons;
    if (Array.isArray(v134)) for (let i135 = 0; i135 < v134.length; i135++) {
      const v136 = v134[i135];
      if (v136 !== null && typeof v136 == "object" && !Array.isArray(v136)) {
        const v137 = v136.dateOfBirth;
        if (reported !== undefined && typeof v137 == "string" && laterThan(v137, reported)) return false;
        if (open && v137 !== undefined && !((v137 !== null && typeof v137 == "object" && !Array.isArray(v137)) && Object.hasOwn(v137, "missing"))) return false;
        const v138 = v136.sanctions;
        if (Array.isArray(v138)) for (let i139 = 0; i139 < v138.length; i139++) {
          const v140 = v138[i139];
          if (v140 !== null && typeof v140 == "object" && !Array.isArray(v140)) {
            const v141 = v140.designationDate;
            if (reported !== undefined && typeof v141 == "string" && laterThan(v141, reported)) return false;
            const v142 = v140.delistingDate;
            if (reported !== undefined && typeof v142 == "string" && laterThan(v142, reported)) return false;
          }
        }
        const v143 = v136.identifiers;
        if (Array.isArray(v143)) for (let i144 = 0; i144 < v143.length; i144++) {
          const v145 = v143[i144];
          if (v145 !== null && typeof v145 == "object" && !Array.isArray(v145)) {
            const v146 = v145.platform;
            if (Array.isArray(v146)) { for (const s of v146) if (typeof s == "string" && !PLAIN_CODES10.has(s)) return false; } else if (typeof v146 == "string" && !PLAIN_CODES10.has(v146)) return false;
            const v147 = v145.value;
            if (open && v147 !== undefined && !((v147 !== null && typeof v147 == "object" && !Array.isArray(v147)) && Object.hasOwn(v147, "missing"))) return false;
          }
        }
        const v148 = v136.fullName;
        if (open && v148 !== undefined && !((v148 !== null && typeof v148 == "object" && !Array.isArray(v148)) && Object.hasOwn(v148, "missing"))) return false;
      }
    }
    const v149 = report.exploitationPlatforms;
    if (Array.isArray(v149)) { for (const s of v149) if (typeof s == "string" && !PLAIN_CODES10.has(s)) return false; } else if (typeof v149 == "string" && !PLAIN_CODES10.has(v149)) return false;
    const v150 = report.victimCountBand;
    if (Array.isArray(v150)) { for (const s of v150) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof v150 == "string" && DEPRECATED_CODES2.has(v150)) return false;
    const v151 = report.perpetratorCountBand;
    if (Array.isArray(v151)) { for (const s of v151) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof v151 == "string" && DEPRECATED_CODES2.has(v151)) return false;
    const v152 = report.estimatedProceeds;
    if (v152 !== null && typeof v152 == "object" && Object.hasOwn(v152, "currency")) { const part = v152.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES3.has(part)) return false; }
    const v153 = report.recruitment;
    if (v153 !== null && typeof v153 == "object" && !Array.isArray(v153)) {
      const v154 = v153.recruitmentPlatforms;
      if (Array.isArray(v154)) { for (const s of v154) if (typeof s == "string" && !PLAIN_CODES10.has(s)) return false; } else if (typeof v154 == "string" && !PLAIN_CODES10.has(v154)) return false;
      const v155 = v153.promisedPay;
      if (v155 !== null && typeof v155 == "object" && Object.hasOwn(v155, "currency")) { const part = v155.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES3.has(part)) return false; }
      const v156 = v153.actualPay;
      if (v156 !== null && typeof v156 == "object" && Object.hasOwn(v156, "currency")) { const part = v156.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES3.has(part)) return false; }
      const v157 = v153.recruitmentFee;
      if (v157 !== null && typeof v157 == "object" && Object.hasOwn(v157, "currency")) { const part = v157.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES3.has(part)) return false; }
      const v158 = v153.ransom;
      if (v158 !== null && typeof v158 == "object" && !Array.isArray(v158)) {
        const v159 = v158.amount;
        if (v159 !== null && typeof v159 == "object" && Object.hasOwn(v159, "currency")) { const part = v159.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES3.has(part)) return false; }
      }
    }
    const v160 = report.scamCompound;
    if (v160 !== null && typeof v160 == "object" && !Array.isArray(v160)) {
      const v161 = v160.jobAdPlatforms;
      if (Array.isArray(v161)) { for (const s of v161) if (typeof s == "string" && !PLAIN_CODES10.has(s)) return false; } else if (typeof v161 == "string" && !PLAIN_CODES10.has(v161)) return false;
      const v162 = v160.walletAddresses;
      if (Array.isArray(v162)) for (let i163 = 0; i163 < v162.length; i163++) {
        const v164 = v162[i163];
        if (v164 !== null && typeof v164 == "object" && !Array.isArray(v164)) {
          const v165 = v164.network;
          if (Array.isArray(v165)) { for (const s of v165) if (typeof s == "string" && !PLAIN_CODES4.has(s)) return false; } else if (typeof v165 == "string" && !PLAIN_CODES4.has(v165)) return false;
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
