// Generated from the HTFDS schema by generators/validators/generate-rules-verdict.ts. Do not edit: change schema/ and run `npm run build`.
import { pointerResolves } from '../validate/paths.js';
import { laterThan } from '../validate/rule-targets.js';
import { atLeastAsStrict } from '../share/tlp.js';

const INDICATORS0 = new Map([["FINCEN-HT20-B01","active"],["FINCEN-HT20-B02","active"],["FINCEN-HT20-B03","active"],["FINCEN-HT20-B04","active"],["FINCEN-HT20-B05","active"],["FINCEN-HT20-B06","active"],["FINCEN-HT20-B07","active"],["FINCEN-HT20-B08","active"],["FINCEN-HT20-B09","active"],["FINCEN-HT20-B10","active"],["FINCEN-HT20-F11","active"],["FINCEN-HT20-F12","active"],["FINCEN-HT20-F13","active"],["FINCEN-HT20-F14","active"],["FINCEN-HT20-F15","active"],["FINCEN-HT20-F16","active"],["FINCEN-HT20-F17","active"],["FINCEN-HT20-F18","active"],["FINCEN-HT20-F19","active"],["FINCEN-HT20-F20","active"],["FINCEN-HT20-TY1","active"],["FINCEN-HT20-TY2","active"],["FINCEN-HT20-TY3","active"],["FINCEN-HT20-TY4","active"],["FINCEN-HT14-T01","active"],["FINCEN-HT14-T02","active"],["FINCEN-HT14-T03","active"],["FINCEN-HT14-T04","active"],["FINCEN-HT14-T05","active"],["FINCEN-HT14-T06","active"],["FINCEN-HT14-T07","active"],["FINCEN-HT14-T08","active"],["FINCEN-HT14-T09","active"],["FINCEN-HT14-T10","active"],["FINCEN-HS14-S01","active"],["FINCEN-HS14-S02","active"],["FINCEN-HS14-S03","active"],["FINCEN-HS14-S04","active"],["FINCEN-HS14-S05","active"],["FINCEN-HS14-S06","active"],["FINCEN-HS14-S07","active"],["FATF-HT18-01","active"],["FATF-HT18-02","active"],["FATF-HT18-03","active"],["FATF-HT18-04","active"],["FATF-HT18-05","active"],["FATF-HT18-06","active"],["FATF-HT18-07","active"],["FATF-HT18-08","active"],["FATF-HT18-09","active"],["FATF-HT18-10","active"],["FATF-HT18-11","active"],["FATF-HT18-12","active"],["FATF-HT18-13","active"],["FATF-HT18-14","active"],["FATF-HT18-15","active"],["FATF-HT18-16","active"],["MC-MST-GEN-B01","active"],["MC-MST-GEN-BU01","active"],["MC-MST-FP-T01","active"],["MC-MST-FP-D01","active"],["MC-MST-FISH-T01","active"],["MC-MST-FISH-B01","active"],["MC-MST-DS-T01","active"],["MC-MST-CON-T01","active"],["MC-MST-MFG-T01","active"],["MC-MST-AGR-T01","active"],["MC-MST-SCAM-T01","active"],["MC-MST-MULE-B01","active"],["MC-MST-CSE-T01","active"],["AUSTRAC-FSS22-C01","active"],["AUSTRAC-FSS22-C02","active"],["AUSTRAC-FSS22-C03","active"],["AUSTRAC-FSS22-C04","active"],["AUSTRAC-FSS22-C05","active"],["AUSTRAC-FSS22-C06","active"],["AUSTRAC-FSS22-C07","active"],["AUSTRAC-FSS22-C08","active"],["AUSTRAC-FSS22-C09","active"],["AUSTRAC-FSS22-C10","active"],["AUSTRAC-FSS22-C11","active"],["AUSTRAC-FSS22-C12","active"],["UNODC-FC23-A01","active"],["UNODC-FC23-A02","active"],["UNODC-FC23-M01","active"],["UNODC-FC23-M02","active"],["UNODC-FC23-M03","active"],["UNODC-FC23-P01","active"],["UNODC-FC23-P02","active"],["FINCEN-PB23-01","active"],["FINCEN-PB23-02","active"],["FINCEN-PB23-03","active"],["FINCEN-PB23-04","active"],["FINCEN-PB23-05","active"],["FINTRAC-HTSE16-T01","active"],["FINTRAC-HTSE16-T02","active"],["FINTRAC-HTSE16-T03","active"],["FINTRAC-HTSE16-T04","active"],["FINTRAC-HTSE16-T05","active"],["FINTRAC-HTSE16-T06","active"],["FINTRAC-HTSE16-T07","active"],["FINTRAC-HTSE16-T08","active"],["FINTRAC-HTSE16-T09","active"],["ILO-FLI-01","active"],["ILO-FLI-02","active"],["ILO-FLI-03","active"],["ILO-FLI-04","active"],["ILO-FLI-05","active"],["ILO-FLI-06","active"],["ILO-FLI-07","active"],["ILO-FLI-08","active"],["ILO-FLI-09","active"],["ILO-FLI-10","active"],["ILO-FLI-11","active"]]);
const DEPRECATED_CODES1 = new Set(["ANG","BGN","HRK","SLL","ZWL"]);
const PLAIN_CODES2 = new Set(["Facebook","Instagram","WhatsApp","Telegram","FacebookMessenger","Viber","SnapChat","Line","4Sale","WeChat","QQ","QZone","TikTok","Twitter","Other"]);
const PLAIN_CODES3 = new Set(["tron","ethereum","bitcoin","bnbSmartChain","solana","polygon","arbitrum","ton","litecoin","xrpLedger","monero","other"]);
const PLAIN_CODES4 = new Set(["usdt","usdc","btc","eth","trx","bnb","sol","ltc","xrp","xmr","other"]);
const PLAIN_CODES5 = new Set(["HUMAN TRAFFICKING FIN-2020-A008","Advisory Human Trafficking","Advisory Human Smuggling","FIN-2023-PIGBUTCHERING","XXMSHTXX"]);
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
    const v12 = report.victimProfiles;
    if (Array.isArray(v12)) for (let i13 = 0; i13 < v12.length; i13++) {
      const v14 = v12[i13];
      if (v14 !== null && typeof v14 == "object" && !Array.isArray(v14)) {
        const v15 = v14.id;
        if (typeof v15 == "string") { const known = ids.size; if (ids.set(v15, 128).size === known) return false; }
      }
    }
    const v16 = report.debts;
    if (Array.isArray(v16)) for (let i17 = 0; i17 < v16.length; i17++) {
      const v18 = v16[i17];
      if (v18 !== null && typeof v18 == "object" && !Array.isArray(v18)) {
        const v19 = v18.id;
        if (typeof v19 == "string") { const known = ids.size; if (ids.set(v19, 256).size === known) return false; }
      }
    }
    const v20 = report.accounts;
    if (Array.isArray(v20)) for (let i21 = 0; i21 < v20.length; i21++) {
      const v22 = v20[i21];
      if (v22 !== null && typeof v22 == "object" && !Array.isArray(v22)) {
        const v23 = v22.id;
        if (typeof v23 == "string") { const known = ids.size; if (ids.set(v23, 512).size === known) return false; }
        const v24 = v22.identifiers;
        if (Array.isArray(v24)) for (let i25 = 0; i25 < v24.length; i25++) {
          const v26 = v24[i25];
          if (v26 !== null && typeof v26 == "object" && !Array.isArray(v26)) {
            const v27 = v26.id;
            if (typeof v27 == "string") { const known = ids.size; if (ids.set(v27, 0).size === known) return false; }
          }
        }
      }
    }
    const v28 = report.transactions;
    if (Array.isArray(v28)) for (let i29 = 0; i29 < v28.length; i29++) {
      const v30 = v28[i29];
      if (v30 !== null && typeof v30 == "object" && !Array.isArray(v30)) {
        const v31 = v30.id;
        if (typeof v31 == "string") { const known = ids.size; if (ids.set(v31, 1024).size === known) return false; }
      }
    }
    const v32 = report.laundering;
    if (v32 !== null && typeof v32 == "object" && !Array.isArray(v32)) {
      const v33 = v32.assets;
      if (Array.isArray(v33)) for (let i34 = 0; i34 < v33.length; i34++) {
        const v35 = v33[i34];
        if (v35 !== null && typeof v35 == "object" && !Array.isArray(v35)) {
          const v36 = v35.id;
          if (typeof v36 == "string") { const known = ids.size; if (ids.set(v36, 4096).size === known) return false; }
        }
      }
    }
    const v37 = report.indicators;
    if (Array.isArray(v37)) for (let i38 = 0; i38 < v37.length; i38++) {
      const v39 = v37[i38];
      if (v39 !== null && typeof v39 == "object" && !Array.isArray(v39)) {
        const v40 = v39.id;
        if (typeof v40 == "string") { const known = ids.size; if (ids.set(v40, 8192).size === known) return false; }
      }
    }
    const v41 = report.scamCompound;
    if (v41 !== null && typeof v41 == "object" && !Array.isArray(v41)) {
      const v42 = v41.ransoms;
      if (Array.isArray(v42)) for (let i43 = 0; i43 < v42.length; i43++) {
        const v44 = v42[i43];
        if (v44 !== null && typeof v44 == "object" && !Array.isArray(v44)) {
          const v45 = v44.id;
          if (typeof v45 == "string") { const known = ids.size; if (ids.set(v45, 1048576).size === known) return false; }
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
      }
    }
    const v4 = report.victimProfiles;
    if (Array.isArray(v4)) for (let i5 = 0; i5 < v4.length; i5++) {
      const v6 = v4[i5];
      if (v6 !== null && typeof v6 == "object" && !Array.isArray(v6)) {
        const v7 = v6.personRefs;
        if (Array.isArray(v7)) { for (const s of v7) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v7 == "string" && (ids.get(v7) & 32) === 0) return false;
        const v8 = v6.financialControl;
        if (v8 !== null && typeof v8 == "object" && !Array.isArray(v8)) {
          const v9 = v8.appliesToPersonRefs;
          if (Array.isArray(v9)) { for (const s of v9) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v9 == "string" && (ids.get(v9) & 32) === 0) return false;
          if (Object.hasOwn(v8, "appliesToPersonRefs")) return false;
          const v10 = v8.documentsHeldByRefs;
          if (Array.isArray(v10)) { for (const s of v10) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v10 == "string" && (ids.get(v10) & 96) === 0) return false;
          const v11 = v8.fines;
          if (v11 !== null && typeof v11 == "object" && Object.hasOwn(v11, "currency")) { const part = v11.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
        }
        const v12 = v6.victimFinancialMisuse;
        if (v12 !== null && typeof v12 == "object" && !Array.isArray(v12)) {
          const v13 = v12.appliesToPersonRefs;
          if (Array.isArray(v13)) { for (const s of v13) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v13 == "string" && (ids.get(v13) & 32) === 0) return false;
          if (Object.hasOwn(v12, "appliesToPersonRefs")) return false;
          const v14 = v12.creditInVictimNameAmount;
          if (v14 !== null && typeof v14 == "object" && Object.hasOwn(v14, "currency")) { const part = v14.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
          const v15 = v12.victimPenalisedForLaundering;
          if (Object.hasOwn(v12, "victimPenalisedForLaundering")) return false;
        }
        const v16 = v6.losses;
        if (v16 !== null && typeof v16 == "object" && typeof v16.periodWorkedStart == "string" && typeof v16.periodWorkedEnd == "string" && laterThan(v16.periodWorkedStart, v16.periodWorkedEnd)) return false;
        if (v16 !== null && typeof v16 == "object" && !Array.isArray(v16)) {
          const v17 = v16.periodWorkedStart;
          if (reported !== undefined && typeof v17 == "string" && laterThan(v17, reported)) return false;
          const v18 = v16.periodWorkedEnd;
          if (reported !== undefined && typeof v18 == "string" && laterThan(v18, reported)) return false;
          const v19 = v16.unpaidWagesOwed;
          if (v19 !== null && typeof v19 == "object" && Object.hasOwn(v19, "currency")) { const part = v19.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
          const v20 = v16.totalDeductions;
          if (v20 !== null && typeof v20 == "object" && Object.hasOwn(v20, "currency")) { const part = v20.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
          const v21 = v16.feesAndCostsPaid;
          if (v21 !== null && typeof v21 == "object" && Object.hasOwn(v21, "currency")) { const part = v21.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
        }
        const v22 = v6.recruitment;
        if (v22 !== null && typeof v22 == "object" && !Array.isArray(v22)) {
          const v23 = v22.recruitmentPlatforms;
          if (Array.isArray(v23)) { for (const s of v23) if (typeof s == "string" && !PLAIN_CODES2.has(s)) return false; } else if (typeof v23 == "string" && !PLAIN_CODES2.has(v23)) return false;
          const v24 = v22.promisedPay;
          if (v24 !== null && typeof v24 == "object" && Object.hasOwn(v24, "currency")) { const part = v24.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
          const v25 = v22.actualPay;
          if (v25 !== null && typeof v25 == "object" && Object.hasOwn(v25, "currency")) { const part = v25.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
          const v26 = v22.recruitmentFee;
          if (v26 !== null && typeof v26 == "object" && Object.hasOwn(v26, "currency")) { const part = v26.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
        }
        const v27 = v6.scamCompoundWork;
        if (v27 !== null && typeof v27 == "object" && !Array.isArray(v27)) {
          const v28 = v27.jobAdPlatforms;
          if (Array.isArray(v28)) { for (const s of v28) if (typeof s == "string" && !PLAIN_CODES2.has(s)) return false; } else if (typeof v28 == "string" && !PLAIN_CODES2.has(v28)) return false;
        }
      }
    }
    const v29 = report.debts;
    if (Array.isArray(v29)) for (let i30 = 0; i30 < v29.length; i30++) {
      const v31 = v29[i30];
      if (v31 !== null && typeof v31 == "object" && !Array.isArray(v31)) {
        const v32 = v31.debtorRef;
        if (Array.isArray(v32)) { for (const s of v32) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v32 == "string" && (ids.get(v32) & 32) === 0) return false;
        const v33 = v31.creditorRef;
        if (Array.isArray(v33)) { for (const s of v33) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v33 == "string" && (ids.get(v33) & 96) === 0) return false;
        const v34 = v31.initialAmount;
        if (v34 !== null && typeof v34 == "object" && Object.hasOwn(v34, "currency")) { const part = v34.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
        const v35 = v31.currentAmount;
        if (v35 !== null && typeof v35 == "object" && Object.hasOwn(v35, "currency")) { const part = v35.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
      }
    }
    const v36 = report.accounts;
    if (Array.isArray(v36)) for (let i37 = 0; i37 < v36.length; i37++) {
      const v38 = v36[i37];
      if (v38 !== null && typeof v38 == "object" && typeof v38.openedPeriod == "string" && typeof v38.closedPeriod == "string" && laterThan(v38.openedPeriod, v38.closedPeriod)) return false;
      if (v38 !== null && typeof v38 == "object" && !Array.isArray(v38)) {
        const v39 = v38.holderRefs;
        if (Array.isArray(v39)) { for (const s of v39) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v39 == "string" && (ids.get(v39) & 96) === 0) return false;
        const v40 = v38.controllerRefs;
        if (Array.isArray(v40)) { for (const s of v40) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v40 == "string" && (ids.get(v40) & 96) === 0) return false;
        const v41 = v38.sharesIdentifiersWithRefs;
        if (Array.isArray(v41)) { for (const s of v41) if (typeof s == "string" && (ids.get(s) & 512) === 0) return false; } else if (typeof v41 == "string" && (ids.get(v41) & 512) === 0) return false;
        const v42 = v38.openedPeriod;
        if (reported !== undefined && typeof v42 == "string" && laterThan(v42, reported)) return false;
        const v43 = v38.closedPeriod;
        if (reported !== undefined && typeof v43 == "string" && laterThan(v43, reported)) return false;
        const v44 = v38.cryptoNetwork;
        if (Array.isArray(v44)) { for (const s of v44) if (typeof s == "string" && !PLAIN_CODES3.has(s)) return false; } else if (typeof v44 == "string" && !PLAIN_CODES3.has(v44)) return false;
        const v45 = v38.cryptoAssets;
        if (Array.isArray(v45)) { for (const s of v45) if (typeof s == "string" && !PLAIN_CODES4.has(s)) return false; } else if (typeof v45 == "string" && !PLAIN_CODES4.has(v45)) return false;
        const v46 = v38.currency;
        if (Array.isArray(v46)) { for (const s of v46) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof v46 == "string" && DEPRECATED_CODES1.has(v46)) return false;
        const v47 = v38.identifiers;
        if (Array.isArray(v47)) for (let i48 = 0; i48 < v47.length; i48++) {
          const v49 = v47[i48];
          if (v49 !== null && typeof v49 == "object" && !Array.isArray(v49)) {
            const v50 = v49.value;
            if (open && v50 !== undefined && !((v50 !== null && typeof v50 == "object" && !Array.isArray(v50)) && Object.hasOwn(v50, "missing"))) return false;
          }
        }
      }
    }
    const v51 = report.transactions;
    if (Array.isArray(v51)) for (let i52 = 0; i52 < v51.length; i52++) {
      const v53 = v51[i52];
      if (v53 !== null && typeof v53 == "object" && typeof v53.periodStart == "string" && typeof v53.periodEnd == "string" && laterThan(v53.periodStart, v53.periodEnd)) return false;
      if (v53 !== null && typeof v53 == "object" && !Array.isArray(v53)) {
        const v54 = v53.fromRef;
        if (Array.isArray(v54)) { for (const s of v54) if (typeof s == "string" && (ids.get(s) & 608) === 0) return false; } else if (typeof v54 == "string" && (ids.get(v54) & 608) === 0) return false;
        const v55 = v53.toRef;
        if (Array.isArray(v55)) { for (const s of v55) if (typeof s == "string" && (ids.get(s) & 608) === 0) return false; } else if (typeof v55 == "string" && (ids.get(v55) & 608) === 0) return false;
        const v56 = v53.date;
        if (reported !== undefined && typeof v56 == "string" && laterThan(v56, reported)) return false;
        const v57 = v53.periodStart;
        if (reported !== undefined && typeof v57 == "string" && laterThan(v57, reported)) return false;
        const v58 = v53.periodEnd;
        if (reported !== undefined && typeof v58 == "string" && laterThan(v58, reported)) return false;
        const v59 = v53.amount;
        if (v59 !== null && typeof v59 == "object" && Object.hasOwn(v59, "currency")) { const part = v59.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
        const v60 = v53.cryptoDetails;
        if (v60 !== null && typeof v60 == "object" && !Array.isArray(v60)) {
          const v61 = v60.asset;
          if (Array.isArray(v61)) { for (const s of v61) if (typeof s == "string" && !PLAIN_CODES4.has(s)) return false; } else if (typeof v61 == "string" && !PLAIN_CODES4.has(v61)) return false;
          const v62 = v60.network;
          if (Array.isArray(v62)) { for (const s of v62) if (typeof s == "string" && !PLAIN_CODES3.has(s)) return false; } else if (typeof v62 == "string" && !PLAIN_CODES3.has(v62)) return false;
          const v63 = v60.fiatEquivalent;
          if (v63 !== null && typeof v63 == "object" && Object.hasOwn(v63, "currency")) { const part = v63.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
        }
      }
    }
    const v64 = report.laundering;
    if (v64 !== null && typeof v64 == "object" && !Array.isArray(v64)) {
      const v65 = v64.assets;
      if (Array.isArray(v65)) for (let i66 = 0; i66 < v65.length; i66++) {
        const v67 = v65[i66];
        if (v67 !== null && typeof v67 == "object" && !Array.isArray(v67)) {
          const v68 = v67.registeredToRef;
          if (Array.isArray(v68)) { for (const s of v68) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v68 == "string" && (ids.get(v68) & 96) === 0) return false;
          const v69 = v67.value;
          if (v69 !== null && typeof v69 == "object" && Object.hasOwn(v69, "currency")) { const part = v69.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
        }
      }
    }
    const v70 = report.indicators;
    if (Array.isArray(v70)) for (let i71 = 0; i71 < v70.length; i71++) {
      const v72 = v70[i71];
      if (v72 !== null && typeof v72 == "object" && !Array.isArray(v72)) {
        const v73 = v72.evidenceRefs;
        if (Array.isArray(v73)) { for (const s of v73) if (typeof s == "string" && (ids.get(s) & 1632) === 0) return false; } else if (typeof v73 == "string" && (ids.get(v73) & 1632) === 0) return false;
        const v74 = v72.firstObserved;
        if (reported !== undefined && typeof v74 == "string" && laterThan(v74, reported)) return false;
        const v75 = v72.indicatorId;
        if (typeof v75 == "string") { const status = INDICATORS0.get(v75); if (status === undefined || status === "withdrawn") return false; }
      }
    }
    const v76 = report.scamCompound;
    if (v76 !== null && typeof v76 == "object" && !Array.isArray(v76)) {
      const v77 = v76.ransoms;
      if (Array.isArray(v77)) for (let i78 = 0; i78 < v77.length; i78++) {
        const v79 = v77[i78];
        if (v79 !== null && typeof v79 == "object" && !Array.isArray(v79)) {
          const v80 = v79.victimRef;
          if (Array.isArray(v80)) { for (const s of v80) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v80 == "string" && (ids.get(v80) & 32) === 0) return false;
          const v81 = v79.paidByRefs;
          if (Array.isArray(v81)) { for (const s of v81) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v81 == "string" && (ids.get(v81) & 96) === 0) return false;
          const v82 = v79.recipientAccountRefs;
          if (Array.isArray(v82)) { for (const s of v82) if (typeof s == "string" && (ids.get(s) & 512) === 0) return false; } else if (typeof v82 == "string" && (ids.get(v82) & 512) === 0) return false;
          const v83 = v79.transactionRefs;
          if (Array.isArray(v83)) { for (const s of v83) if (typeof s == "string" && (ids.get(s) & 1024) === 0) return false; } else if (typeof v83 == "string" && (ids.get(v83) & 1024) === 0) return false;
          const v84 = v79.date;
          if (reported !== undefined && typeof v84 == "string" && laterThan(v84, reported)) return false;
          const v85 = v79.datePaid;
          if (reported !== undefined && typeof v85 == "string" && laterThan(v85, reported)) return false;
          const v86 = v79.amountDemanded;
          if (v86 !== null && typeof v86 == "object" && Object.hasOwn(v86, "currency")) { const part = v86.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
          const v87 = v79.amountPaid;
          if (v87 !== null && typeof v87 == "object" && Object.hasOwn(v87, "currency")) { const part = v87.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
          const v88 = v79.amount;
          if (Object.hasOwn(v79, "amount")) return false;
          if (v88 !== null && typeof v88 == "object" && Object.hasOwn(v88, "currency")) { const part = v88.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
        }
      }
    }
    const v89 = report.informationAsOf;
    if (reported !== undefined && typeof v89 == "string" && laterThan(v89, reported)) return false;
    const v90 = report.exploitationStart;
    if (reported !== undefined && typeof v90 == "string" && laterThan(v90, reported)) return false;
    const v91 = report.exploitationEnd;
    if (reported !== undefined && typeof v91 == "string" && laterThan(v91, reported)) return false;
    const v92 = report.consent;
    if (v92 !== null && typeof v92 == "object" && !Array.isArray(v92)) {
      const v93 = v92.consentDate;
      if (reported !== undefined && typeof v93 == "string" && laterThan(v93, reported)) return false;
    }
    const v94 = report.persons;
    if (Array.isArray(v94)) for (let i95 = 0; i95 < v94.length; i95++) {
      const v96 = v94[i95];
      if (v96 !== null && typeof v96 == "object" && !Array.isArray(v96)) {
        const v97 = v96.dateOfBirth;
        if (reported !== undefined && typeof v97 == "string" && laterThan(v97, reported)) return false;
        if (open && v97 !== undefined && !((v97 !== null && typeof v97 == "object" && !Array.isArray(v97)) && Object.hasOwn(v97, "missing"))) return false;
        const v98 = v96.identifiers;
        if (Array.isArray(v98)) for (let i99 = 0; i99 < v98.length; i99++) {
          const v100 = v98[i99];
          if (v100 !== null && typeof v100 == "object" && !Array.isArray(v100)) {
            const v101 = v100.platform;
            if (Array.isArray(v101)) { for (const s of v101) if (typeof s == "string" && !PLAIN_CODES2.has(s)) return false; } else if (typeof v101 == "string" && !PLAIN_CODES2.has(v101)) return false;
            const v102 = v100.value;
            if (open && v102 !== undefined && !((v102 !== null && typeof v102 == "object" && !Array.isArray(v102)) && Object.hasOwn(v102, "missing"))) return false;
          }
        }
        const v103 = v96.fullName;
        if (open && v103 !== undefined && !((v103 !== null && typeof v103 == "object" && !Array.isArray(v103)) && Object.hasOwn(v103, "missing"))) return false;
      }
    }
    const v104 = report.outcomes;
    if (v104 !== null && typeof v104 == "object" && !Array.isArray(v104)) {
      const v105 = v104.strSarPeriod;
      if (reported !== undefined && typeof v105 == "string" && laterThan(v105, reported)) return false;
      const v106 = v104.referrals;
      if (Array.isArray(v106)) for (let i107 = 0; i107 < v106.length; i107++) {
        const v108 = v106[i107];
        if (v108 !== null && typeof v108 == "object" && !Array.isArray(v108)) {
          const v109 = v108.date;
          if (reported !== undefined && typeof v109 == "string" && laterThan(v109, reported)) return false;
        }
      }
      const v110 = v104.strSarKeyTermsUsed;
      if (Array.isArray(v110)) { for (const s of v110) if (typeof s == "string" && !PLAIN_CODES5.has(s)) return false; } else if (typeof v110 == "string" && !PLAIN_CODES5.has(v110)) return false;
      const v111 = v104.assetsFrozen;
      if (v111 !== null && typeof v111 == "object" && !Array.isArray(v111)) {
        const v112 = v111.amount;
        if (v112 !== null && typeof v112 == "object" && Object.hasOwn(v112, "currency")) { const part = v112.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
      }
      const v113 = v104.assetsConfiscated;
      if (v113 !== null && typeof v113 == "object" && !Array.isArray(v113)) {
        const v114 = v113.amount;
        if (v114 !== null && typeof v114 == "object" && Object.hasOwn(v114, "currency")) { const part = v114.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
      }
      const v115 = v104.victimCompensation;
      if (v115 !== null && typeof v115 == "object" && !Array.isArray(v115)) {
        const v116 = v115.amount;
        if (v116 !== null && typeof v116 == "object" && Object.hasOwn(v116, "currency")) { const part = v116.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
        const v117 = v115.amountPaid;
        if (v117 !== null && typeof v117 == "object" && Object.hasOwn(v117, "currency")) { const part = v117.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
      }
    }
    const v118 = report.exploitationPlatforms;
    if (Array.isArray(v118)) { for (const s of v118) if (typeof s == "string" && !PLAIN_CODES2.has(s)) return false; } else if (typeof v118 == "string" && !PLAIN_CODES2.has(v118)) return false;
    const v119 = report.estimatedProceeds;
    if (v119 !== null && typeof v119 == "object" && Object.hasOwn(v119, "currency")) { const part = v119.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES1.has(part)) return false; }
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
