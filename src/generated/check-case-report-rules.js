// Generated from the HTFDS schema by generators/validators/generate-rules-verdict.ts. Do not edit: change schema/ and run `npm run build`.
import { pointerResolves } from '../validate/paths.js';
import { laterThan } from '../validate/rule-targets.js';
import { atLeastAsStrict } from '../share/tlp.js';

const INDICATORS0 = new Map([["FINCEN-HT20-B01","active"],["FINCEN-HT20-B02","active"],["FINCEN-HT20-B03","active"],["FINCEN-HT20-B04","active"],["FINCEN-HT20-B05","active"],["FINCEN-HT20-B06","active"],["FINCEN-HT20-B07","active"],["FINCEN-HT20-B08","active"],["FINCEN-HT20-B09","active"],["FINCEN-HT20-B10","active"],["FINCEN-HT20-F11","active"],["FINCEN-HT20-F12","active"],["FINCEN-HT20-F13","active"],["FINCEN-HT20-F14","active"],["FINCEN-HT20-F15","active"],["FINCEN-HT20-F16","active"],["FINCEN-HT20-F17","active"],["FINCEN-HT20-F18","active"],["FINCEN-HT20-F19","active"],["FINCEN-HT20-F20","active"],["FINCEN-HT20-TY1","active"],["FINCEN-HT20-TY2","active"],["FINCEN-HT20-TY3","active"],["FINCEN-HT20-TY4","active"],["FINCEN-HT14-T01","active"],["FINCEN-HT14-T02","active"],["FINCEN-HT14-T03","active"],["FINCEN-HT14-T04","active"],["FINCEN-HT14-T05","active"],["FINCEN-HT14-T06","active"],["FINCEN-HT14-T07","active"],["FINCEN-HT14-T08","active"],["FINCEN-HT14-T09","active"],["FINCEN-HT14-T10","active"],["FINCEN-HS14-S01","active"],["FINCEN-HS14-S02","active"],["FINCEN-HS14-S03","active"],["FINCEN-HS14-S04","active"],["FINCEN-HS14-S05","active"],["FINCEN-HS14-S06","active"],["FINCEN-HS14-S07","active"],["FATF-HT18-01","active"],["FATF-HT18-02","active"],["FATF-HT18-03","active"],["FATF-HT18-04","active"],["FATF-HT18-05","active"],["FATF-HT18-06","active"],["FATF-HT18-07","active"],["FATF-HT18-08","active"],["FATF-HT18-09","active"],["FATF-HT18-10","active"],["FATF-HT18-11","active"],["FATF-HT18-12","active"],["FATF-HT18-13","active"],["FATF-HT18-14","active"],["FATF-HT18-15","active"],["FATF-HT18-16","active"],["MC-MST-GEN-B01","active"],["MC-MST-GEN-BU01","active"],["MC-MST-FP-T01","active"],["MC-MST-FP-D01","active"],["MC-MST-FISH-T01","active"],["MC-MST-FISH-B01","active"],["MC-MST-DS-T01","active"],["MC-MST-CON-T01","active"],["MC-MST-MFG-T01","active"],["MC-MST-AGR-T01","active"],["MC-MST-SCAM-T01","active"],["MC-MST-MULE-B01","active"],["MC-MST-CSE-T01","active"],["AUSTRAC-FSS22-C01","active"],["AUSTRAC-FSS22-C02","active"],["AUSTRAC-FSS22-C03","active"],["AUSTRAC-FSS22-C04","active"],["AUSTRAC-FSS22-C05","active"],["AUSTRAC-FSS22-C06","active"],["AUSTRAC-FSS22-C07","active"],["AUSTRAC-FSS22-C08","active"],["AUSTRAC-FSS22-C09","active"],["AUSTRAC-FSS22-C10","active"],["AUSTRAC-FSS22-C11","active"],["AUSTRAC-FSS22-C12","active"],["UNODC-FC23-A01","active"],["UNODC-FC23-A02","active"],["UNODC-FC23-M01","active"],["UNODC-FC23-M02","active"],["UNODC-FC23-M03","active"],["UNODC-FC23-P01","active"],["UNODC-FC23-P02","active"],["FINCEN-PB23-01","active"],["FINCEN-PB23-02","active"],["FINCEN-PB23-03","active"],["FINCEN-PB23-04","active"],["FINCEN-PB23-05","active"],["FINTRAC-HTSE16-T01","active"],["FINTRAC-HTSE16-T02","active"],["FINTRAC-HTSE16-T03","active"],["FINTRAC-HTSE16-T04","active"],["FINTRAC-HTSE16-T05","active"],["FINTRAC-HTSE16-T06","active"],["FINTRAC-HTSE16-T07","active"],["FINTRAC-HTSE16-T08","active"],["FINTRAC-HTSE16-T09","active"],["ILO-FLI-01","active"],["ILO-FLI-02","active"],["ILO-FLI-03","active"],["ILO-FLI-04","active"],["ILO-FLI-05","active"],["ILO-FLI-06","active"],["ILO-FLI-07","active"],["ILO-FLI-08","active"],["ILO-FLI-09","active"],["ILO-FLI-10","active"],["ILO-FLI-11","active"]]);
const DEPRECATED_CODES1 = new Set(["ANG","BGN","HRK","SLL","ZWL"]);
const PLAIN_CODES2 = new Set(["tron","ethereum","bitcoin","bnbSmartChain","solana","polygon","arbitrum","ton","litecoin","xrpLedger","monero","base","optimism","avalanche","other"]);
const PLAIN_CODES3 = new Set(["usdt","usdc","btc","eth","trx","bnb","sol","ltc","xrp","xmr","other"]);
const PLAIN_CODES4 = new Set(["ach","fedwire","fedNow","rtp","zelle","swift","sepaCreditTransfer","sepaInstant","fasterPayments","bacs","chaps","interacETransfer","npp","upi","imps","pix","promptPay","instaPay","pesoNet","duitNow","payNow","fps","cardNetwork","other"]);
const PLAIN_CODES5 = new Set(["mPesa","mtnMoMo","airtelMoney","orangeMoney","bKash","easypaisa","jazzCash","gcash","maya","truemoney","westernUnion","moneyGram","ria","remitly","wise","worldRemit","paypal","venmo","cashApp","revolut","alipay","wechatPay","other"]);
const DEPRECATED_CODES6 = new Set(["cryptoMixersBridges"]);
const PLAIN_CODES7 = new Set(["Facebook","Instagram","WhatsApp","Telegram","FacebookMessenger","Viber","SnapChat","Line","4Sale","WeChat","QQ","QZone","TikTok","Twitter","Other"]);
const PLAIN_CODES8 = new Set(["HUMAN TRAFFICKING FIN-2020-A008","Advisory Human Trafficking","Advisory Human Smuggling","FIN-2023-PIGBUTCHERING","XXMSHTXX"]);
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
      }
    }
    const v8 = report.organisations;
    if (Array.isArray(v8)) for (let i9 = 0; i9 < v8.length; i9++) {
      const v10 = v8[i9];
      if (v10 !== null && typeof v10 == "object" && !Array.isArray(v10)) {
        const v11 = v10.id;
        if (typeof v11 == "string") { const known = ids.size; if (ids.set(v11, 64).size === known) return false; }
      }
    }
    const v12 = report.debts;
    if (Array.isArray(v12)) for (let i13 = 0; i13 < v12.length; i13++) {
      const v14 = v12[i13];
      if (v14 !== null && typeof v14 == "object" && !Array.isArray(v14)) {
        const v15 = v14.id;
        if (typeof v15 == "string") { const known = ids.size; if (ids.set(v15, 512).size === known) return false; }
      }
    }
    const v16 = report.accounts;
    if (Array.isArray(v16)) for (let i17 = 0; i17 < v16.length; i17++) {
      const v18 = v16[i17];
      if (v18 !== null && typeof v18 == "object" && !Array.isArray(v18)) {
        const v19 = v18.id;
        if (typeof v19 == "string") { const known = ids.size; if (ids.set(v19, 4096).size === known) return false; }
        const v20 = v18.identifiers;
        if (Array.isArray(v20)) for (let i21 = 0; i21 < v20.length; i21++) {
          const v22 = v20[i21];
          if (v22 !== null && typeof v22 == "object" && !Array.isArray(v22)) {
            const v23 = v22.id;
            if (typeof v23 == "string") { const known = ids.size; if (ids.set(v23, 0).size === known) return false; }
          }
        }
      }
    }
    const v24 = report.transactions;
    if (Array.isArray(v24)) for (let i25 = 0; i25 < v24.length; i25++) {
      const v26 = v24[i25];
      if (v26 !== null && typeof v26 == "object" && !Array.isArray(v26)) {
        const v27 = v26.id;
        if (typeof v27 == "string") { const known = ids.size; if (ids.set(v27, 8192).size === known) return false; }
      }
    }
    const v28 = report.laundering;
    if (v28 !== null && typeof v28 == "object" && !Array.isArray(v28)) {
      const v29 = v28.assets;
      if (Array.isArray(v29)) for (let i30 = 0; i30 < v29.length; i30++) {
        const v31 = v29[i30];
        if (v31 !== null && typeof v31 == "object" && !Array.isArray(v31)) {
          const v32 = v31.id;
          if (typeof v32 == "string") { const known = ids.size; if (ids.set(v32, 32768).size === known) return false; }
        }
      }
      const v33 = v28.tradeBasedDetails;
      if (Array.isArray(v33)) for (let i34 = 0; i34 < v33.length; i34++) {
        const v35 = v33[i34];
        if (v35 !== null && typeof v35 == "object" && !Array.isArray(v35)) {
          const v36 = v35.id;
          if (typeof v36 == "string") { const known = ids.size; if (ids.set(v36, 65536).size === known) return false; }
        }
      }
    }
    const v37 = report.indicators;
    if (Array.isArray(v37)) for (let i38 = 0; i38 < v37.length; i38++) {
      const v39 = v37[i38];
      if (v39 !== null && typeof v39 == "object" && !Array.isArray(v39)) {
        const v40 = v39.id;
        if (typeof v40 == "string") { const known = ids.size; if (ids.set(v40, 131072).size === known) return false; }
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
      }
    }
    const v4 = report.debts;
    if (Array.isArray(v4)) for (let i5 = 0; i5 < v4.length; i5++) {
      const v6 = v4[i5];
      if (v6 !== null && typeof v6 == "object" && !Array.isArray(v6)) {
        const v7 = v6.creditorRef;
        if (Array.isArray(v7)) { for (const s of v7) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v7 == "string" && (ids.get(v7) & 96) === 0) return false;
        const v8 = v6.initialAmount;
        if (v8 !== null && typeof v8 == "object" && Object.hasOwn(v8, "currency")) { const part = v8.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
        const v9 = v6.currentAmount;
        if (v9 !== null && typeof v9 == "object" && Object.hasOwn(v9, "currency")) { const part = v9.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
      }
    }
    const v10 = report.financialControl;
    if (v10 !== null && typeof v10 == "object" && !Array.isArray(v10)) {
      const v11 = v10.appliesToPersonRefs;
      if (Array.isArray(v11)) { for (const s of v11) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v11 == "string" && (ids.get(v11) & 32) === 0) return false;
      const v12 = v10.fines;
      if (v12 !== null && typeof v12 == "object" && Object.hasOwn(v12, "currency")) { const part = v12.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
    }
    const v13 = report.victimFinancialMisuse;
    if (v13 !== null && typeof v13 == "object" && !Array.isArray(v13)) {
      const v14 = v13.appliesToPersonRefs;
      if (Array.isArray(v14)) { for (const s of v14) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v14 == "string" && (ids.get(v14) & 32) === 0) return false;
      const v15 = v13.creditInVictimNameAmount;
      if (v15 !== null && typeof v15 == "object" && Object.hasOwn(v15, "currency")) { const part = v15.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
    }
    const v16 = report.accounts;
    if (Array.isArray(v16)) for (let i17 = 0; i17 < v16.length; i17++) {
      const v18 = v16[i17];
      if (v18 !== null && typeof v18 == "object" && typeof v18.openedPeriod == "string" && typeof v18.closedPeriod == "string" && laterThan(v18.openedPeriod, v18.closedPeriod)) return false;
      if (v18 !== null && typeof v18 == "object" && !Array.isArray(v18)) {
        const v19 = v18.holderRefs;
        if (Array.isArray(v19)) { for (const s of v19) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v19 == "string" && (ids.get(v19) & 96) === 0) return false;
        const v20 = v18.controllerRefs;
        if (Array.isArray(v20)) { for (const s of v20) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v20 == "string" && (ids.get(v20) & 96) === 0) return false;
        const v21 = v18.sharesIdentifiersWithRefs;
        if (Array.isArray(v21)) { for (const s of v21) if (typeof s == "string" && (ids.get(s) & 4096) === 0) return false; } else if (typeof v21 == "string" && (ids.get(v21) & 4096) === 0) return false;
        const v22 = v18.openedPeriod;
        if (reported !== undefined && typeof v22 == "string" && laterThan(v22, reported)) return false;
        const v23 = v18.closedPeriod;
        if (reported !== undefined && typeof v23 == "string" && laterThan(v23, reported)) return false;
        const v24 = v18.cryptoNetwork;
        if (Array.isArray(v24)) { for (const s of v24) if (typeof s == "string" && !PLAIN_CODES2.has(s)) return false; } else if (typeof v24 == "string" && !PLAIN_CODES2.has(v24)) return false;
        const v25 = v18.cryptoAssets;
        if (Array.isArray(v25)) { for (const s of v25) if (typeof s == "string" && !PLAIN_CODES3.has(s)) return false; } else if (typeof v25 == "string" && !PLAIN_CODES3.has(v25)) return false;
        const v26 = v18.currency;
        if (Array.isArray(v26)) { for (const s of v26) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof v26 == "string" && DEPRECATED_CODES1.has(v26)) return false;
        const v27 = v18.identifiers;
        if (Array.isArray(v27)) for (let i28 = 0; i28 < v27.length; i28++) {
          const v29 = v27[i28];
          if (v29 !== null && typeof v29 == "object" && !Array.isArray(v29)) {
            const v30 = v29.value;
            if (open && v30 !== undefined && !((v30 !== null && typeof v30 == "object" && !Array.isArray(v30)) && Object.hasOwn(v30, "missing"))) return false;
          }
        }
      }
    }
    const v31 = report.transactions;
    if (Array.isArray(v31)) for (let i32 = 0; i32 < v31.length; i32++) {
      const v33 = v31[i32];
      if (v33 !== null && typeof v33 == "object" && typeof v33.periodStart == "string" && typeof v33.periodEnd == "string" && laterThan(v33.periodStart, v33.periodEnd)) return false;
      if (v33 !== null && typeof v33 == "object" && !Array.isArray(v33)) {
        const v34 = v33.fromRef;
        if (Array.isArray(v34)) { for (const s of v34) if (typeof s == "string" && (ids.get(s) & 4192) === 0) return false; } else if (typeof v34 == "string" && (ids.get(v34) & 4192) === 0) return false;
        const v35 = v33.toRef;
        if (Array.isArray(v35)) { for (const s of v35) if (typeof s == "string" && (ids.get(s) & 4192) === 0) return false; } else if (typeof v35 == "string" && (ids.get(v35) & 4192) === 0) return false;
        const v36 = v33.onBehalfOfRef;
        if (Array.isArray(v36)) { for (const s of v36) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v36 == "string" && (ids.get(v36) & 32) === 0) return false;
        const v37 = v33.debtRef;
        if (Array.isArray(v37)) { for (const s of v37) if (typeof s == "string" && (ids.get(s) & 512) === 0) return false; } else if (typeof v37 == "string" && (ids.get(v37) & 512) === 0) return false;
        const v38 = v33.date;
        if (reported !== undefined && typeof v38 == "string" && laterThan(v38, reported)) return false;
        const v39 = v33.periodStart;
        if (reported !== undefined && typeof v39 == "string" && laterThan(v39, reported)) return false;
        const v40 = v33.periodEnd;
        if (reported !== undefined && typeof v40 == "string" && laterThan(v40, reported)) return false;
        const v41 = v33.amount;
        if (v41 !== null && typeof v41 == "object" && Object.hasOwn(v41, "currency")) { const part = v41.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
        const v42 = v33.rail;
        if (Array.isArray(v42)) { for (const s of v42) if (typeof s == "string" && !PLAIN_CODES4.has(s)) return false; } else if (typeof v42 == "string" && !PLAIN_CODES4.has(v42)) return false;
        const v43 = v33.provider;
        if (Array.isArray(v43)) { for (const s of v43) if (typeof s == "string" && !PLAIN_CODES5.has(s)) return false; } else if (typeof v43 == "string" && !PLAIN_CODES5.has(v43)) return false;
        const v44 = v33.cryptoDetails;
        if (v44 !== null && typeof v44 == "object" && !Array.isArray(v44)) {
          const v45 = v44.asset;
          if (Array.isArray(v45)) { for (const s of v45) if (typeof s == "string" && !PLAIN_CODES3.has(s)) return false; } else if (typeof v45 == "string" && !PLAIN_CODES3.has(v45)) return false;
          const v46 = v44.network;
          if (Array.isArray(v46)) { for (const s of v46) if (typeof s == "string" && !PLAIN_CODES2.has(s)) return false; } else if (typeof v46 == "string" && !PLAIN_CODES2.has(v46)) return false;
          const v47 = v44.viaMixerOrBridge;
          if (Object.hasOwn(v44, "viaMixerOrBridge")) return false;
          const v48 = v44.fiatEquivalent;
          if (v48 !== null && typeof v48 == "object" && Object.hasOwn(v48, "currency")) { const part = v48.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
        }
      }
    }
    const v49 = report.laundering;
    if (v49 !== null && typeof v49 == "object" && !Array.isArray(v49)) {
      const v50 = v49.assets;
      if (Array.isArray(v50)) for (let i51 = 0; i51 < v50.length; i51++) {
        const v52 = v50[i51];
        if (v52 !== null && typeof v52 == "object" && !Array.isArray(v52)) {
          const v53 = v52.registeredToRef;
          if (Array.isArray(v53)) { for (const s of v53) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v53 == "string" && (ids.get(v53) & 96) === 0) return false;
          const v54 = v52.acquisitionTransactionRefs;
          if (Array.isArray(v54)) { for (const s of v54) if (typeof s == "string" && (ids.get(s) & 8192) === 0) return false; } else if (typeof v54 == "string" && (ids.get(v54) & 8192) === 0) return false;
          const v55 = v52.acquisitionDate;
          if (reported !== undefined && typeof v55 == "string" && laterThan(v55, reported)) return false;
          const v56 = v52.value;
          if (v56 !== null && typeof v56 == "object" && Object.hasOwn(v56, "currency")) { const part = v56.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
        }
      }
      const v57 = v49.tradeBasedDetails;
      if (Array.isArray(v57)) for (let i58 = 0; i58 < v57.length; i58++) {
        const v59 = v57[i58];
        if (v59 !== null && typeof v59 == "object" && !Array.isArray(v59)) {
          const v60 = v59.transactionRefs;
          if (Array.isArray(v60)) { for (const s of v60) if (typeof s == "string" && (ids.get(s) & 8192) === 0) return false; } else if (typeof v60 == "string" && (ids.get(v60) & 8192) === 0) return false;
        }
      }
      const v61 = v49.launderingMethods;
      if (Array.isArray(v61)) { for (const s of v61) if (typeof s == "string" && DEPRECATED_CODES6.has(s)) return false; } else if (typeof v61 == "string" && DEPRECATED_CODES6.has(v61)) return false;
    }
    const v62 = report.indicators;
    if (Array.isArray(v62)) for (let i63 = 0; i63 < v62.length; i63++) {
      const v64 = v62[i63];
      if (v64 !== null && typeof v64 == "object" && !Array.isArray(v64)) {
        const v65 = v64.evidenceRefs;
        if (Array.isArray(v65)) { for (const s of v65) if (typeof s == "string" && (ids.get(s) & 12384) === 0) return false; } else if (typeof v65 == "string" && (ids.get(v65) & 12384) === 0) return false;
        const v66 = v64.firstObserved;
        if (reported !== undefined && typeof v66 == "string" && laterThan(v66, reported)) return false;
        const v67 = v64.indicatorId;
        if (typeof v67 == "string") { const status = INDICATORS0.get(v67); if (status === undefined || status === "withdrawn") return false; }
      }
    }
    const v68 = report.informationAsOf;
    if (reported !== undefined && typeof v68 == "string" && laterThan(v68, reported)) return false;
    const v69 = report.exploitationStart;
    if (reported !== undefined && typeof v69 == "string" && laterThan(v69, reported)) return false;
    const v70 = report.exploitationEnd;
    if (reported !== undefined && typeof v70 == "string" && laterThan(v70, reported)) return false;
    const v71 = report.consent;
    if (v71 !== null && typeof v71 == "object" && !Array.isArray(v71)) {
      const v72 = v71.consentDate;
      if (reported !== undefined && typeof v72 == "string" && laterThan(v72, reported)) return false;
    }
    const v73 = report.persons;
    if (Array.isArray(v73)) for (let i74 = 0; i74 < v73.length; i74++) {
      const v75 = v73[i74];
      if (v75 !== null && typeof v75 == "object" && !Array.isArray(v75)) {
        const v76 = v75.dateOfBirth;
        if (reported !== undefined && typeof v76 == "string" && laterThan(v76, reported)) return false;
        if (open && v76 !== undefined && !((v76 !== null && typeof v76 == "object" && !Array.isArray(v76)) && Object.hasOwn(v76, "missing"))) return false;
        const v77 = v75.identifiers;
        if (Array.isArray(v77)) for (let i78 = 0; i78 < v77.length; i78++) {
          const v79 = v77[i78];
          if (v79 !== null && typeof v79 == "object" && !Array.isArray(v79)) {
            const v80 = v79.platform;
            if (Array.isArray(v80)) { for (const s of v80) if (typeof s == "string" && !PLAIN_CODES7.has(s)) return false; } else if (typeof v80 == "string" && !PLAIN_CODES7.has(v80)) return false;
            const v81 = v79.value;
            if (open && v81 !== undefined && !((v81 !== null && typeof v81 == "object" && !Array.isArray(v81)) && Object.hasOwn(v81, "missing"))) return false;
          }
        }
        const v82 = v75.fullName;
        if (open && v82 !== undefined && !((v82 !== null && typeof v82 == "object" && !Array.isArray(v82)) && Object.hasOwn(v82, "missing"))) return false;
      }
    }
    const v83 = report.outcomes;
    if (v83 !== null && typeof v83 == "object" && !Array.isArray(v83)) {
      const v84 = v83.strSarPeriod;
      if (reported !== undefined && typeof v84 == "string" && laterThan(v84, reported)) return false;
      const v85 = v83.referrals;
      if (Array.isArray(v85)) for (let i86 = 0; i86 < v85.length; i86++) {
        const v87 = v85[i86];
        if (v87 !== null && typeof v87 == "object" && !Array.isArray(v87)) {
          const v88 = v87.date;
          if (reported !== undefined && typeof v88 == "string" && laterThan(v88, reported)) return false;
        }
      }
      const v89 = v83.strSarKeyTermsUsed;
      if (Array.isArray(v89)) { for (const s of v89) if (typeof s == "string" && !PLAIN_CODES8.has(s)) return false; } else if (typeof v89 == "string" && !PLAIN_CODES8.has(v89)) return false;
      const v90 = v83.assetsFrozen;
      if (v90 !== null && typeof v90 == "object" && !Array.isArray(v90)) {
        const v91 = v90.amount;
        if (v91 !== null && typeof v91 == "object" && Object.hasOwn(v91, "currency")) { const part = v91.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
      }
      const v92 = v83.assetsConfiscated;
      if (v92 !== null && typeof v92 == "object" && !Array.isArray(v92)) {
        const v93 = v92.amount;
        if (v93 !== null && typeof v93 == "object" && Object.hasOwn(v93, "currency")) { const part = v93.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
      }
      const v94 = v83.victimCompensation;
      if (v94 !== null && typeof v94 == "object" && !Array.isArray(v94)) {
        const v95 = v94.amount;
        if (v95 !== null && typeof v95 == "object" && Object.hasOwn(v95, "currency")) { const part = v95.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
        const v96 = v94.amountPaid;
        if (v96 !== null && typeof v96 == "object" && Object.hasOwn(v96, "currency")) { const part = v96.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
      }
    }
    const v97 = report.exploitationPlatforms;
    if (Array.isArray(v97)) { for (const s of v97) if (typeof s == "string" && !PLAIN_CODES7.has(s)) return false; } else if (typeof v97 == "string" && !PLAIN_CODES7.has(v97)) return false;
    const v98 = report.estimatedProceeds;
    if (v98 !== null && typeof v98 == "object" && Object.hasOwn(v98, "currency")) { const part = v98.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
    const v99 = report.recruitment;
    if (v99 !== null && typeof v99 == "object" && !Array.isArray(v99)) {
      const v100 = v99.recruitmentPlatforms;
      if (Array.isArray(v100)) { for (const s of v100) if (typeof s == "string" && !PLAIN_CODES7.has(s)) return false; } else if (typeof v100 == "string" && !PLAIN_CODES7.has(v100)) return false;
      const v101 = v99.promisedPay;
      if (v101 !== null && typeof v101 == "object" && Object.hasOwn(v101, "currency")) { const part = v101.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
      const v102 = v99.actualPay;
      if (v102 !== null && typeof v102 == "object" && Object.hasOwn(v102, "currency")) { const part = v102.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
      const v103 = v99.recruitmentFee;
      if (v103 !== null && typeof v103 == "object" && Object.hasOwn(v103, "currency")) { const part = v103.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
      const v104 = v99.ransom;
      if (v104 !== null && typeof v104 == "object" && !Array.isArray(v104)) {
        const v105 = v104.amount;
        if (v105 !== null && typeof v105 == "object" && Object.hasOwn(v105, "currency")) { const part = v105.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
      }
    }
    const v106 = report.scamCompound;
    if (v106 !== null && typeof v106 == "object" && !Array.isArray(v106)) {
      const v107 = v106.jobAdPlatforms;
      if (Array.isArray(v107)) { for (const s of v107) if (typeof s == "string" && !PLAIN_CODES7.has(s)) return false; } else if (typeof v107 == "string" && !PLAIN_CODES7.has(v107)) return false;
      const v108 = v106.walletAddresses;
      if (Array.isArray(v108)) for (let i109 = 0; i109 < v108.length; i109++) {
        const v110 = v108[i109];
        if (v110 !== null && typeof v110 == "object" && !Array.isArray(v110)) {
          const v111 = v110.network;
          if (Array.isArray(v111)) { for (const s of v111) if (typeof s == "string" && !PLAIN_CODES2.has(s)) return false; } else if (typeof v111 == "string" && !PLAIN_CODES2.has(v111)) return false;
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
