// Generated from the HTFDS schema by generators/validators/generate-rules-verdict.ts. Do not edit: change schema/ and run `npm run build`.
import { pointerResolves } from '../validate/paths.js';
import { laterThan } from '../validate/rule-targets.js';
import { atLeastAsStrict } from '../share/tlp.js';

const INDICATORS0 = new Map([["FINCEN-HT20-B01","active"],["FINCEN-HT20-B02","active"],["FINCEN-HT20-B03","active"],["FINCEN-HT20-B04","active"],["FINCEN-HT20-B05","active"],["FINCEN-HT20-B06","active"],["FINCEN-HT20-B07","active"],["FINCEN-HT20-B08","active"],["FINCEN-HT20-B09","active"],["FINCEN-HT20-B10","active"],["FINCEN-HT20-F11","active"],["FINCEN-HT20-F12","active"],["FINCEN-HT20-F13","active"],["FINCEN-HT20-F14","active"],["FINCEN-HT20-F15","active"],["FINCEN-HT20-F16","active"],["FINCEN-HT20-F17","active"],["FINCEN-HT20-F18","active"],["FINCEN-HT20-F19","active"],["FINCEN-HT20-F20","active"],["FINCEN-HT20-TY1","active"],["FINCEN-HT20-TY2","active"],["FINCEN-HT20-TY3","active"],["FINCEN-HT20-TY4","active"],["FINCEN-HT14-T01","active"],["FINCEN-HT14-T02","active"],["FINCEN-HT14-T03","active"],["FINCEN-HT14-T04","active"],["FINCEN-HT14-T05","active"],["FINCEN-HT14-T06","deprecated"],["FINCEN-HT14-T07","active"],["FINCEN-HT14-T08","active"],["FINCEN-HT14-T09","active"],["FINCEN-HT14-T10","withdrawn"],["FINCEN-HS14-S01","active"],["FINCEN-HS14-S02","active"],["FINCEN-HS14-S03","active"],["FINCEN-HS14-S04","active"],["FINCEN-HS14-S05","active"],["FINCEN-HS14-S06","active"],["FINCEN-HS14-S07","active"],["FATF-HT18-01","active"],["FATF-HT18-02","active"],["FATF-HT18-03","active"],["FATF-HT18-04","active"],["FATF-HT18-05","active"],["FATF-HT18-06","active"],["FATF-HT18-07","active"],["FATF-HT18-08","provisional"],["FATF-HT18-09","provisional"],["FATF-HT18-10","provisional"],["FATF-HT18-11","provisional"],["FATF-HT18-12","provisional"],["FATF-HT18-13","provisional"],["FATF-HT18-14","withdrawn"],["FATF-HT18-15","active"],["FATF-HT18-16","active"],["MC-MST-GEN-B01","active"],["MC-MST-GEN-BU01","active"],["MC-MST-FP-T01","provisional"],["MC-MST-FP-D01","provisional"],["MC-MST-FISH-T01","provisional"],["MC-MST-FISH-B01","provisional"],["MC-MST-DS-T01","provisional"],["MC-MST-CON-T01","provisional"],["MC-MST-MFG-T01","provisional"],["MC-MST-AGR-T01","provisional"],["MC-MST-SCAM-T01","provisional"],["MC-MST-MULE-B01","provisional"],["MC-MST-CSE-T01","provisional"],["AUSTRAC-FSS22-C01","active"],["AUSTRAC-FSS22-C02","active"],["AUSTRAC-FSS22-C03","active"],["AUSTRAC-FSS22-C04","active"],["AUSTRAC-FSS22-C05","active"],["AUSTRAC-FSS22-C06","active"],["AUSTRAC-FSS22-C07","active"],["AUSTRAC-FSS22-C08","active"],["AUSTRAC-FSS22-C09","active"],["AUSTRAC-FSS22-C10","active"],["AUSTRAC-FSS22-C11","active"],["AUSTRAC-FSS22-C12","active"],["UNODC-FC23-A01","active"],["UNODC-FC23-A02","provisional"],["UNODC-FC23-M01","provisional"],["UNODC-FC23-M02","provisional"],["UNODC-FC23-M03","provisional"],["UNODC-FC23-P01","active"],["UNODC-FC23-P02","provisional"],["FINCEN-PB23-01","active"],["FINCEN-PB23-02","active"],["FINCEN-PB23-03","active"],["FINCEN-PB23-04","active"],["FINCEN-PB23-05","provisional"],["FINCEN-PB23-06","active"],["FINTRAC-HTSE16-T01","active"],["FINTRAC-HTSE16-T02","active"],["FINTRAC-HTSE16-T03","active"],["FINTRAC-HTSE16-T04","active"],["FINTRAC-HTSE16-T05","active"],["FINTRAC-HTSE16-T06","active"],["FINTRAC-HTSE16-T07","active"],["FINTRAC-HTSE16-T08","active"],["FINTRAC-HTSE16-T09","active"],["ILO-FLI-01","active"],["ILO-FLI-02","active"],["ILO-FLI-03","active"],["ILO-FLI-04","active"],["ILO-FLI-05","active"],["ILO-FLI-06","active"],["ILO-FLI-07","active"],["ILO-FLI-08","active"],["ILO-FLI-09","active"],["ILO-FLI-10","active"],["ILO-FLI-11","active"]]);
const LEANING_STATUSES1 = new Set(["observed","suspected"]);
const DEPRECATED_CODES2 = new Set(["ANG","BGN","HRK","SLL","ZWL"]);
const PLAIN_CODES3 = new Set(["tron","ethereum","bitcoin","bnbSmartChain","solana","polygon","arbitrum","ton","litecoin","xrpLedger","monero","other"]);
const PLAIN_CODES4 = new Set(["usdt","usdc","btc","eth","trx","bnb","sol","ltc","xrp","xmr","other"]);
const PLAIN_CODES5 = new Set(["Facebook","Instagram","WhatsApp","Telegram","FacebookMessenger","Viber","SnapChat","Line","4Sale","WeChat","QQ","QZone","TikTok","Twitter","Other"]);
const PLAIN_CODES6 = new Set(["HUMAN TRAFFICKING FIN-2020-A008","Advisory Human Trafficking","Advisory Human Smuggling","FIN-2023-PIGBUTCHERING","XXMSHTXX"]);
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
    }
    const v33 = report.indicators;
    if (Array.isArray(v33)) for (let i34 = 0; i34 < v33.length; i34++) {
      const v35 = v33[i34];
      if (v35 !== null && typeof v35 == "object" && !Array.isArray(v35)) {
        const v36 = v35.id;
        if (typeof v36 == "string") { const known = ids.size; if (ids.set(v36, 65536).size === known) return false; }
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
        if (v8 !== null && typeof v8 == "object" && Object.hasOwn(v8, "currency")) { const part = v8.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
        const v9 = v6.currentAmount;
        if (v9 !== null && typeof v9 == "object" && Object.hasOwn(v9, "currency")) { const part = v9.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
      }
    }
    const v10 = report.financialControl;
    if (v10 !== null && typeof v10 == "object" && !Array.isArray(v10)) {
      const v11 = v10.appliesToPersonRefs;
      if (Array.isArray(v11)) { for (const s of v11) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v11 == "string" && (ids.get(v11) & 32) === 0) return false;
      const v12 = v10.fines;
      if (v12 !== null && typeof v12 == "object" && Object.hasOwn(v12, "currency")) { const part = v12.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
    }
    const v13 = report.victimFinancialMisuse;
    if (v13 !== null && typeof v13 == "object" && !Array.isArray(v13)) {
      const v14 = v13.appliesToPersonRefs;
      if (Array.isArray(v14)) { for (const s of v14) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v14 == "string" && (ids.get(v14) & 32) === 0) return false;
      const v15 = v13.creditInVictimNameAmount;
      if (v15 !== null && typeof v15 == "object" && Object.hasOwn(v15, "currency")) { const part = v15.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
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
        if (Array.isArray(v24)) { for (const s of v24) if (typeof s == "string" && !PLAIN_CODES3.has(s)) return false; } else if (typeof v24 == "string" && !PLAIN_CODES3.has(v24)) return false;
        const v25 = v18.cryptoAssets;
        if (Array.isArray(v25)) { for (const s of v25) if (typeof s == "string" && !PLAIN_CODES4.has(s)) return false; } else if (typeof v25 == "string" && !PLAIN_CODES4.has(v25)) return false;
        const v26 = v18.currency;
        if (Array.isArray(v26)) { for (const s of v26) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof v26 == "string" && DEPRECATED_CODES2.has(v26)) return false;
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
        const v36 = v33.date;
        if (reported !== undefined && typeof v36 == "string" && laterThan(v36, reported)) return false;
        const v37 = v33.periodStart;
        if (reported !== undefined && typeof v37 == "string" && laterThan(v37, reported)) return false;
        const v38 = v33.periodEnd;
        if (reported !== undefined && typeof v38 == "string" && laterThan(v38, reported)) return false;
        const v39 = v33.amount;
        if (v39 !== null && typeof v39 == "object" && Object.hasOwn(v39, "currency")) { const part = v39.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
        const v40 = v33.cryptoDetails;
        if (v40 !== null && typeof v40 == "object" && !Array.isArray(v40)) {
          const v41 = v40.asset;
          if (Array.isArray(v41)) { for (const s of v41) if (typeof s == "string" && !PLAIN_CODES4.has(s)) return false; } else if (typeof v41 == "string" && !PLAIN_CODES4.has(v41)) return false;
          const v42 = v40.network;
          if (Array.isArray(v42)) { for (const s of v42) if (typeof s == "string" && !PLAIN_CODES3.has(s)) return false; } else if (typeof v42 == "string" && !PLAIN_CODES3.has(v42)) return false;
          const v43 = v40.fiatEquivalent;
          if (v43 !== null && typeof v43 == "object" && Object.hasOwn(v43, "currency")) { const part = v43.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
        }
      }
    }
    const v44 = report.laundering;
    if (v44 !== null && typeof v44 == "object" && !Array.isArray(v44)) {
      const v45 = v44.assets;
      if (Array.isArray(v45)) for (let i46 = 0; i46 < v45.length; i46++) {
        const v47 = v45[i46];
        if (v47 !== null && typeof v47 == "object" && !Array.isArray(v47)) {
          const v48 = v47.registeredToRef;
          if (Array.isArray(v48)) { for (const s of v48) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v48 == "string" && (ids.get(v48) & 96) === 0) return false;
          const v49 = v47.value;
          if (v49 !== null && typeof v49 == "object" && Object.hasOwn(v49, "currency")) { const part = v49.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
        }
      }
    }
    const v50 = report.indicators;
    if (Array.isArray(v50)) for (let i51 = 0; i51 < v50.length; i51++) {
      const v52 = v50[i51];
      if (v52 !== null && typeof v52 == "object" && !Array.isArray(v52)) {
        const v53 = v52.subjectRefs;
        if (Array.isArray(v53)) { for (const s of v53) if (typeof s == "string" && (ids.get(s) & 4192) === 0) return false; } else if (typeof v53 == "string" && (ids.get(v53) & 4192) === 0) return false;
        const v54 = v52.evidenceRefs;
        if (Array.isArray(v54)) { for (const s of v54) if (typeof s == "string" && (ids.get(s) & 45664) === 0) return false; } else if (typeof v54 == "string" && (ids.get(v54) & 45664) === 0) return false;
        const v55 = v52.firstObserved;
        if (reported !== undefined && typeof v55 == "string" && laterThan(v55, reported)) return false;
        const v56 = v52.indicatorId;
        if (typeof v56 == "string") { const status = INDICATORS0.get(v56); if (status === undefined || status === "withdrawn" || status === "deprecated" || (status === "provisional" && LEANING_STATUSES1.has(v52.status))) return false; }
      }
    }
    const v57 = report.informationAsOf;
    if (reported !== undefined && typeof v57 == "string" && laterThan(v57, reported)) return false;
    const v58 = report.exploitationStart;
    if (reported !== undefined && typeof v58 == "string" && laterThan(v58, reported)) return false;
    const v59 = report.exploitationEnd;
    if (reported !== undefined && typeof v59 == "string" && laterThan(v59, reported)) return false;
    const v60 = report.consent;
    if (v60 !== null && typeof v60 == "object" && !Array.isArray(v60)) {
      const v61 = v60.consentDate;
      if (reported !== undefined && typeof v61 == "string" && laterThan(v61, reported)) return false;
    }
    const v62 = report.persons;
    if (Array.isArray(v62)) for (let i63 = 0; i63 < v62.length; i63++) {
      const v64 = v62[i63];
      if (v64 !== null && typeof v64 == "object" && !Array.isArray(v64)) {
        const v65 = v64.dateOfBirth;
        if (reported !== undefined && typeof v65 == "string" && laterThan(v65, reported)) return false;
        if (open && v65 !== undefined && !((v65 !== null && typeof v65 == "object" && !Array.isArray(v65)) && Object.hasOwn(v65, "missing"))) return false;
        const v66 = v64.identifiers;
        if (Array.isArray(v66)) for (let i67 = 0; i67 < v66.length; i67++) {
          const v68 = v66[i67];
          if (v68 !== null && typeof v68 == "object" && !Array.isArray(v68)) {
            const v69 = v68.platform;
            if (Array.isArray(v69)) { for (const s of v69) if (typeof s == "string" && !PLAIN_CODES5.has(s)) return false; } else if (typeof v69 == "string" && !PLAIN_CODES5.has(v69)) return false;
            const v70 = v68.value;
            if (open && v70 !== undefined && !((v70 !== null && typeof v70 == "object" && !Array.isArray(v70)) && Object.hasOwn(v70, "missing"))) return false;
          }
        }
        const v71 = v64.fullName;
        if (open && v71 !== undefined && !((v71 !== null && typeof v71 == "object" && !Array.isArray(v71)) && Object.hasOwn(v71, "missing"))) return false;
      }
    }
    const v72 = report.outcomes;
    if (v72 !== null && typeof v72 == "object" && !Array.isArray(v72)) {
      const v73 = v72.strSarPeriod;
      if (reported !== undefined && typeof v73 == "string" && laterThan(v73, reported)) return false;
      const v74 = v72.referrals;
      if (Array.isArray(v74)) for (let i75 = 0; i75 < v74.length; i75++) {
        const v76 = v74[i75];
        if (v76 !== null && typeof v76 == "object" && !Array.isArray(v76)) {
          const v77 = v76.date;
          if (reported !== undefined && typeof v77 == "string" && laterThan(v77, reported)) return false;
        }
      }
      const v78 = v72.strSarKeyTermsUsed;
      if (Array.isArray(v78)) { for (const s of v78) if (typeof s == "string" && !PLAIN_CODES6.has(s)) return false; } else if (typeof v78 == "string" && !PLAIN_CODES6.has(v78)) return false;
      const v79 = v72.assetsFrozen;
      if (v79 !== null && typeof v79 == "object" && !Array.isArray(v79)) {
        const v80 = v79.amount;
        if (v80 !== null && typeof v80 == "object" && Object.hasOwn(v80, "currency")) { const part = v80.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
      }
      const v81 = v72.assetsConfiscated;
      if (v81 !== null && typeof v81 == "object" && !Array.isArray(v81)) {
        const v82 = v81.amount;
        if (v82 !== null && typeof v82 == "object" && Object.hasOwn(v82, "currency")) { const part = v82.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
      }
      const v83 = v72.victimCompensation;
      if (v83 !== null && typeof v83 == "object" && !Array.isArray(v83)) {
        const v84 = v83.amount;
        if (v84 !== null && typeof v84 == "object" && Object.hasOwn(v84, "currency")) { const part = v84.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
        const v85 = v83.amountPaid;
        if (v85 !== null && typeof v85 == "object" && Object.hasOwn(v85, "currency")) { const part = v85.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
      }
    }
    const v86 = report.exploitationPlatforms;
    if (Array.isArray(v86)) { for (const s of v86) if (typeof s == "string" && !PLAIN_CODES5.has(s)) return false; } else if (typeof v86 == "string" && !PLAIN_CODES5.has(v86)) return false;
    const v87 = report.estimatedProceeds;
    if (v87 !== null && typeof v87 == "object" && Object.hasOwn(v87, "currency")) { const part = v87.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
    const v88 = report.recruitment;
    if (v88 !== null && typeof v88 == "object" && !Array.isArray(v88)) {
      const v89 = v88.recruitmentPlatforms;
      if (Array.isArray(v89)) { for (const s of v89) if (typeof s == "string" && !PLAIN_CODES5.has(s)) return false; } else if (typeof v89 == "string" && !PLAIN_CODES5.has(v89)) return false;
      const v90 = v88.promisedPay;
      if (v90 !== null && typeof v90 == "object" && Object.hasOwn(v90, "currency")) { const part = v90.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
      const v91 = v88.actualPay;
      if (v91 !== null && typeof v91 == "object" && Object.hasOwn(v91, "currency")) { const part = v91.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
      const v92 = v88.recruitmentFee;
      if (v92 !== null && typeof v92 == "object" && Object.hasOwn(v92, "currency")) { const part = v92.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
      const v93 = v88.ransom;
      if (v93 !== null && typeof v93 == "object" && !Array.isArray(v93)) {
        const v94 = v93.amount;
        if (v94 !== null && typeof v94 == "object" && Object.hasOwn(v94, "currency")) { const part = v94.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
      }
    }
    const v95 = report.scamCompound;
    if (v95 !== null && typeof v95 == "object" && !Array.isArray(v95)) {
      const v96 = v95.jobAdPlatforms;
      if (Array.isArray(v96)) { for (const s of v96) if (typeof s == "string" && !PLAIN_CODES5.has(s)) return false; } else if (typeof v96 == "string" && !PLAIN_CODES5.has(v96)) return false;
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
