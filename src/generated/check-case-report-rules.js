// Generated from the HTFDS schema by generators/validators/generate-rules-verdict.ts. Do not edit: change schema/ and run `npm run build`.
import { pointerResolves } from '../validate/paths.js';
import { laterThan } from '../validate/rule-targets.js';
import { atLeastAsStrict } from '../share/tlp.js';

const INDICATORS0 = new Map([["FINCEN-HT20-B01","active"],["FINCEN-HT20-B02","active"],["FINCEN-HT20-B03","active"],["FINCEN-HT20-B04","active"],["FINCEN-HT20-B05","active"],["FINCEN-HT20-B06","active"],["FINCEN-HT20-B07","active"],["FINCEN-HT20-B08","active"],["FINCEN-HT20-B09","active"],["FINCEN-HT20-B10","active"],["FINCEN-HT20-F11","active"],["FINCEN-HT20-F12","active"],["FINCEN-HT20-F13","active"],["FINCEN-HT20-F14","active"],["FINCEN-HT20-F15","active"],["FINCEN-HT20-F16","active"],["FINCEN-HT20-F17","active"],["FINCEN-HT20-F18","active"],["FINCEN-HT20-F19","active"],["FINCEN-HT20-F20","active"],["FINCEN-HT20-TY1","active"],["FINCEN-HT20-TY2","active"],["FINCEN-HT20-TY3","active"],["FINCEN-HT20-TY4","active"],["FINCEN-HT14-T01","active"],["FINCEN-HT14-T02","active"],["FINCEN-HT14-T03","active"],["FINCEN-HT14-T04","active"],["FINCEN-HT14-T05","active"],["FINCEN-HT14-T06","active"],["FINCEN-HT14-T07","active"],["FINCEN-HT14-T08","active"],["FINCEN-HT14-T09","active"],["FINCEN-HT14-T10","active"],["FINCEN-HS14-S01","active"],["FINCEN-HS14-S02","active"],["FINCEN-HS14-S03","active"],["FINCEN-HS14-S04","active"],["FINCEN-HS14-S05","active"],["FINCEN-HS14-S06","active"],["FINCEN-HS14-S07","active"],["FATF-HT18-01","active"],["FATF-HT18-02","active"],["FATF-HT18-03","active"],["FATF-HT18-04","active"],["FATF-HT18-05","active"],["FATF-HT18-06","active"],["FATF-HT18-07","active"],["FATF-HT18-08","active"],["FATF-HT18-09","active"],["FATF-HT18-10","active"],["FATF-HT18-11","active"],["FATF-HT18-12","active"],["FATF-HT18-13","active"],["FATF-HT18-14","active"],["FATF-HT18-15","active"],["FATF-HT18-16","active"],["MC-MST-GEN-B01","active"],["MC-MST-GEN-BU01","active"],["MC-MST-FP-T01","active"],["MC-MST-FP-D01","active"],["MC-MST-FISH-T01","active"],["MC-MST-FISH-B01","active"],["MC-MST-DS-T01","active"],["MC-MST-CON-T01","active"],["MC-MST-MFG-T01","active"],["MC-MST-AGR-T01","active"],["MC-MST-SCAM-T01","active"],["MC-MST-MULE-B01","active"],["MC-MST-CSE-T01","active"],["AUSTRAC-FSS22-C01","active"],["AUSTRAC-FSS22-C02","active"],["AUSTRAC-FSS22-C03","active"],["AUSTRAC-FSS22-C04","active"],["AUSTRAC-FSS22-C05","active"],["AUSTRAC-FSS22-C06","active"],["AUSTRAC-FSS22-C07","active"],["AUSTRAC-FSS22-C08","active"],["AUSTRAC-FSS22-C09","active"],["AUSTRAC-FSS22-C10","active"],["AUSTRAC-FSS22-C11","active"],["AUSTRAC-FSS22-C12","active"],["UNODC-FC23-A01","active"],["UNODC-FC23-A02","active"],["UNODC-FC23-M01","active"],["UNODC-FC23-M02","active"],["UNODC-FC23-M03","active"],["UNODC-FC23-P01","active"],["UNODC-FC23-P02","active"],["FINCEN-PB23-01","active"],["FINCEN-PB23-02","active"],["FINCEN-PB23-03","active"],["FINCEN-PB23-04","active"],["FINCEN-PB23-05","active"],["FINTRAC-HTSE16-T01","active"],["FINTRAC-HTSE16-T02","active"],["FINTRAC-HTSE16-T03","active"],["FINTRAC-HTSE16-T04","active"],["FINTRAC-HTSE16-T05","active"],["FINTRAC-HTSE16-T06","active"],["FINTRAC-HTSE16-T07","active"],["FINTRAC-HTSE16-T08","active"],["FINTRAC-HTSE16-T09","active"],["ILO-FLI-01","active"],["ILO-FLI-02","active"],["ILO-FLI-03","active"],["ILO-FLI-04","active"],["ILO-FLI-05","active"],["ILO-FLI-06","active"],["ILO-FLI-07","active"],["ILO-FLI-08","active"],["ILO-FLI-09","active"],["ILO-FLI-10","active"],["ILO-FLI-11","active"]]);
const PLAIN_CODES1 = new Set(["Facebook","Instagram","WhatsApp","Telegram","FacebookMessenger","Viber","SnapChat","Line","4Sale","WeChat","QQ","QZone","TikTok","Twitter","Other"]);
const DEPRECATED_CODES2 = new Set(["ANG","BGN","HRK","SLL","ZWL"]);
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
    const v0 = report.persons;
    if (Array.isArray(v0)) for (let i1 = 0; i1 < v0.length; i1++) {
      const v2 = v0[i1];
      if (v2 !== null && typeof v2 == "object" && !Array.isArray(v2)) {
        const v3 = v2.organisationRefs;
        if (Array.isArray(v3)) { for (const s of v3) if (typeof s == "string" && (ids.get(s) & 64) === 0) return false; } else if (typeof v3 == "string" && (ids.get(v3) & 64) === 0) return false;
        const v4 = v2.dateOfBirth;
        if (reported !== undefined && typeof v4 == "string" && laterThan(v4, reported)) return false;
        if (open && v4 !== undefined && !((v4 !== null && typeof v4 == "object" && !Array.isArray(v4)) && Object.hasOwn(v4, "missing"))) return false;
        const v5 = v2.identifiers;
        if (Array.isArray(v5)) for (let i6 = 0; i6 < v5.length; i6++) {
          const v7 = v5[i6];
          if (v7 !== null && typeof v7 == "object" && !Array.isArray(v7)) {
            const v8 = v7.platform;
            if (Array.isArray(v8)) { for (const s of v8) if (typeof s == "string" && !PLAIN_CODES1.has(s)) return false; } else if (typeof v8 == "string" && !PLAIN_CODES1.has(v8)) return false;
            const v9 = v7.value;
            if (open && v9 !== undefined && !((v9 !== null && typeof v9 == "object" && !Array.isArray(v9)) && Object.hasOwn(v9, "missing"))) return false;
          }
        }
        const v10 = v2.fullName;
        if (open && v10 !== undefined && !((v10 !== null && typeof v10 == "object" && !Array.isArray(v10)) && Object.hasOwn(v10, "missing"))) return false;
      }
    }
    const v11 = report.organisations;
    if (Array.isArray(v11)) for (let i12 = 0; i12 < v11.length; i12++) {
      const v13 = v11[i12];
      if (v13 !== null && typeof v13 == "object" && !Array.isArray(v13)) {
        const v14 = v13.beneficialOwnerRefs;
        if (Array.isArray(v14)) { for (const s of v14) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v14 == "string" && (ids.get(v14) & 32) === 0) return false;
      }
    }
    const v15 = report.debts;
    if (Array.isArray(v15)) for (let i16 = 0; i16 < v15.length; i16++) {
      const v17 = v15[i16];
      if (v17 !== null && typeof v17 == "object" && !Array.isArray(v17)) {
        const v18 = v17.creditorRef;
        if (Array.isArray(v18)) { for (const s of v18) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v18 == "string" && (ids.get(v18) & 96) === 0) return false;
        const v19 = v17.initialAmount;
        if (v19 !== null && typeof v19 == "object" && Object.hasOwn(v19, "currency")) { const part = v19.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
        const v20 = v17.currentAmount;
        if (v20 !== null && typeof v20 == "object" && Object.hasOwn(v20, "currency")) { const part = v20.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
      }
    }
    const v21 = report.financialControl;
    if (v21 !== null && typeof v21 == "object" && !Array.isArray(v21)) {
      const v22 = v21.appliesToPersonRefs;
      if (Array.isArray(v22)) { for (const s of v22) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v22 == "string" && (ids.get(v22) & 32) === 0) return false;
      const v23 = v21.fines;
      if (v23 !== null && typeof v23 == "object" && Object.hasOwn(v23, "currency")) { const part = v23.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
    }
    const v24 = report.victimFinancialMisuse;
    if (v24 !== null && typeof v24 == "object" && !Array.isArray(v24)) {
      const v25 = v24.appliesToPersonRefs;
      if (Array.isArray(v25)) { for (const s of v25) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v25 == "string" && (ids.get(v25) & 32) === 0) return false;
      const v26 = v24.creditInVictimNameAmount;
      if (v26 !== null && typeof v26 == "object" && Object.hasOwn(v26, "currency")) { const part = v26.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
    }
    const v27 = report.accounts;
    if (Array.isArray(v27)) for (let i28 = 0; i28 < v27.length; i28++) {
      const v29 = v27[i28];
      if (v29 !== null && typeof v29 == "object" && typeof v29.openedPeriod == "string" && typeof v29.closedPeriod == "string" && laterThan(v29.openedPeriod, v29.closedPeriod)) return false;
      if (v29 !== null && typeof v29 == "object" && !Array.isArray(v29)) {
        const v30 = v29.holderRefs;
        if (Array.isArray(v30)) { for (const s of v30) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v30 == "string" && (ids.get(v30) & 96) === 0) return false;
        const v31 = v29.controllerRefs;
        if (Array.isArray(v31)) { for (const s of v31) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v31 == "string" && (ids.get(v31) & 96) === 0) return false;
        const v32 = v29.sharesIdentifiersWithRefs;
        if (Array.isArray(v32)) { for (const s of v32) if (typeof s == "string" && (ids.get(s) & 4096) === 0) return false; } else if (typeof v32 == "string" && (ids.get(v32) & 4096) === 0) return false;
        const v33 = v29.openedPeriod;
        if (reported !== undefined && typeof v33 == "string" && laterThan(v33, reported)) return false;
        const v34 = v29.closedPeriod;
        if (reported !== undefined && typeof v34 == "string" && laterThan(v34, reported)) return false;
        const v35 = v29.cryptoNetwork;
        if (Array.isArray(v35)) { for (const s of v35) if (typeof s == "string" && !PLAIN_CODES3.has(s)) return false; } else if (typeof v35 == "string" && !PLAIN_CODES3.has(v35)) return false;
        const v36 = v29.cryptoAssets;
        if (Array.isArray(v36)) { for (const s of v36) if (typeof s == "string" && !PLAIN_CODES4.has(s)) return false; } else if (typeof v36 == "string" && !PLAIN_CODES4.has(v36)) return false;
        const v37 = v29.currency;
        if (Array.isArray(v37)) { for (const s of v37) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof v37 == "string" && DEPRECATED_CODES2.has(v37)) return false;
        const v38 = v29.identifiers;
        if (Array.isArray(v38)) for (let i39 = 0; i39 < v38.length; i39++) {
          const v40 = v38[i39];
          if (v40 !== null && typeof v40 == "object" && !Array.isArray(v40)) {
            const v41 = v40.value;
            if (open && v41 !== undefined && !((v41 !== null && typeof v41 == "object" && !Array.isArray(v41)) && Object.hasOwn(v41, "missing"))) return false;
          }
        }
      }
    }
    const v42 = report.transactions;
    if (Array.isArray(v42)) for (let i43 = 0; i43 < v42.length; i43++) {
      const v44 = v42[i43];
      if (v44 !== null && typeof v44 == "object" && typeof v44.periodStart == "string" && typeof v44.periodEnd == "string" && laterThan(v44.periodStart, v44.periodEnd)) return false;
      if (v44 !== null && typeof v44 == "object" && !Array.isArray(v44)) {
        const v45 = v44.fromRef;
        if (Array.isArray(v45)) { for (const s of v45) if (typeof s == "string" && (ids.get(s) & 4192) === 0) return false; } else if (typeof v45 == "string" && (ids.get(v45) & 4192) === 0) return false;
        const v46 = v44.toRef;
        if (Array.isArray(v46)) { for (const s of v46) if (typeof s == "string" && (ids.get(s) & 4192) === 0) return false; } else if (typeof v46 == "string" && (ids.get(v46) & 4192) === 0) return false;
        const v47 = v44.date;
        if (reported !== undefined && typeof v47 == "string" && laterThan(v47, reported)) return false;
        const v48 = v44.periodStart;
        if (reported !== undefined && typeof v48 == "string" && laterThan(v48, reported)) return false;
        const v49 = v44.periodEnd;
        if (reported !== undefined && typeof v49 == "string" && laterThan(v49, reported)) return false;
        const v50 = v44.amount;
        if (v50 !== null && typeof v50 == "object" && Object.hasOwn(v50, "currency")) { const part = v50.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
        const v51 = v44.cryptoDetails;
        if (v51 !== null && typeof v51 == "object" && !Array.isArray(v51)) {
          const v52 = v51.asset;
          if (Array.isArray(v52)) { for (const s of v52) if (typeof s == "string" && !PLAIN_CODES4.has(s)) return false; } else if (typeof v52 == "string" && !PLAIN_CODES4.has(v52)) return false;
          const v53 = v51.network;
          if (Array.isArray(v53)) { for (const s of v53) if (typeof s == "string" && !PLAIN_CODES3.has(s)) return false; } else if (typeof v53 == "string" && !PLAIN_CODES3.has(v53)) return false;
          const v54 = v51.fiatEquivalent;
          if (v54 !== null && typeof v54 == "object" && Object.hasOwn(v54, "currency")) { const part = v54.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
        }
      }
    }
    const v55 = report.laundering;
    if (v55 !== null && typeof v55 == "object" && !Array.isArray(v55)) {
      const v56 = v55.assets;
      if (Array.isArray(v56)) for (let i57 = 0; i57 < v56.length; i57++) {
        const v58 = v56[i57];
        if (v58 !== null && typeof v58 == "object" && !Array.isArray(v58)) {
          const v59 = v58.registeredToRef;
          if (Array.isArray(v59)) { for (const s of v59) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v59 == "string" && (ids.get(v59) & 96) === 0) return false;
          const v60 = v58.value;
          if (v60 !== null && typeof v60 == "object" && Object.hasOwn(v60, "currency")) { const part = v60.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
        }
      }
    }
    const v61 = report.indicators;
    if (Array.isArray(v61)) for (let i62 = 0; i62 < v61.length; i62++) {
      const v63 = v61[i62];
      if (v63 !== null && typeof v63 == "object" && !Array.isArray(v63)) {
        const v64 = v63.evidenceRefs;
        if (Array.isArray(v64)) { for (const s of v64) if (typeof s == "string" && (ids.get(s) & 12384) === 0) return false; } else if (typeof v64 == "string" && (ids.get(v64) & 12384) === 0) return false;
        const v65 = v63.firstObserved;
        if (reported !== undefined && typeof v65 == "string" && laterThan(v65, reported)) return false;
        const v66 = v63.indicatorId;
        if (typeof v66 == "string") { const status = INDICATORS0.get(v66); if (status === undefined || status === "withdrawn") return false; }
      }
    }
    const v67 = report.informationAsOf;
    if (reported !== undefined && typeof v67 == "string" && laterThan(v67, reported)) return false;
    const v68 = report.exploitationStart;
    if (reported !== undefined && typeof v68 == "string" && laterThan(v68, reported)) return false;
    const v69 = report.exploitationEnd;
    if (reported !== undefined && typeof v69 == "string" && laterThan(v69, reported)) return false;
    const v70 = report.consent;
    if (v70 !== null && typeof v70 == "object" && !Array.isArray(v70)) {
      const v71 = v70.consentDate;
      if (reported !== undefined && typeof v71 == "string" && laterThan(v71, reported)) return false;
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
      if (Array.isArray(v78)) { for (const s of v78) if (typeof s == "string" && !PLAIN_CODES5.has(s)) return false; } else if (typeof v78 == "string" && !PLAIN_CODES5.has(v78)) return false;
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
    if (Array.isArray(v86)) { for (const s of v86) if (typeof s == "string" && !PLAIN_CODES1.has(s)) return false; } else if (typeof v86 == "string" && !PLAIN_CODES1.has(v86)) return false;
    const v87 = report.estimatedProceeds;
    if (v87 !== null && typeof v87 == "object" && Object.hasOwn(v87, "currency")) { const part = v87.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
    const v88 = report.recruitment;
    if (v88 !== null && typeof v88 == "object" && !Array.isArray(v88)) {
      const v89 = v88.recruitmentPlatforms;
      if (Array.isArray(v89)) { for (const s of v89) if (typeof s == "string" && !PLAIN_CODES1.has(s)) return false; } else if (typeof v89 == "string" && !PLAIN_CODES1.has(v89)) return false;
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
      if (Array.isArray(v96)) { for (const s of v96) if (typeof s == "string" && !PLAIN_CODES1.has(s)) return false; } else if (typeof v96 == "string" && !PLAIN_CODES1.has(v96)) return false;
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
