// Generated from the HTFDS schema by generators/validators/generate-rules-verdict.ts. Do not edit: change schema/ and run `npm run build`.
import { pointerResolves } from '../validate/paths.js';
import { laterThan } from '../validate/rule-targets.js';
import { atLeastAsStrict } from '../share/tlp.js';

const INDICATORS0 = new Map([["FINCEN-HT20-B01","active"],["FINCEN-HT20-B02","active"],["FINCEN-HT20-B03","active"],["FINCEN-HT20-B04","active"],["FINCEN-HT20-B05","active"],["FINCEN-HT20-B06","active"],["FINCEN-HT20-B07","active"],["FINCEN-HT20-B08","active"],["FINCEN-HT20-B09","active"],["FINCEN-HT20-B10","active"],["FINCEN-HT20-F11","active"],["FINCEN-HT20-F12","active"],["FINCEN-HT20-F13","active"],["FINCEN-HT20-F14","active"],["FINCEN-HT20-F15","active"],["FINCEN-HT20-F16","active"],["FINCEN-HT20-F17","active"],["FINCEN-HT20-F18","active"],["FINCEN-HT20-F19","active"],["FINCEN-HT20-F20","active"],["FINCEN-HT20-TY1","active"],["FINCEN-HT20-TY2","active"],["FINCEN-HT20-TY3","active"],["FINCEN-HT20-TY4","active"],["FINCEN-HT14-T01","active"],["FINCEN-HT14-T02","active"],["FINCEN-HT14-T03","active"],["FINCEN-HT14-T04","active"],["FINCEN-HT14-T05","active"],["FINCEN-HT14-T06","active"],["FINCEN-HT14-T07","active"],["FINCEN-HT14-T08","active"],["FINCEN-HT14-T09","active"],["FINCEN-HT14-T10","active"],["FINCEN-HS14-S01","active"],["FINCEN-HS14-S02","active"],["FINCEN-HS14-S03","active"],["FINCEN-HS14-S04","active"],["FINCEN-HS14-S05","active"],["FINCEN-HS14-S06","active"],["FINCEN-HS14-S07","active"],["FATF-HT18-01","active"],["FATF-HT18-02","active"],["FATF-HT18-03","active"],["FATF-HT18-04","active"],["FATF-HT18-05","active"],["FATF-HT18-06","active"],["FATF-HT18-07","active"],["FATF-HT18-08","active"],["FATF-HT18-09","active"],["FATF-HT18-10","active"],["FATF-HT18-11","active"],["FATF-HT18-12","active"],["FATF-HT18-13","active"],["FATF-HT18-14","active"],["FATF-HT18-15","active"],["FATF-HT18-16","active"],["MC-MST-GEN-B01","active"],["MC-MST-GEN-BU01","active"],["MC-MST-FP-T01","active"],["MC-MST-FP-D01","active"],["MC-MST-FISH-T01","active"],["MC-MST-FISH-B01","active"],["MC-MST-DS-T01","active"],["MC-MST-CON-T01","active"],["MC-MST-MFG-T01","active"],["MC-MST-AGR-T01","active"],["MC-MST-SCAM-T01","active"],["MC-MST-MULE-B01","active"],["MC-MST-CSE-T01","active"],["AUSTRAC-FSS22-C01","active"],["AUSTRAC-FSS22-C02","active"],["AUSTRAC-FSS22-C03","active"],["AUSTRAC-FSS22-C04","active"],["AUSTRAC-FSS22-C05","active"],["AUSTRAC-FSS22-C06","active"],["AUSTRAC-FSS22-C07","active"],["AUSTRAC-FSS22-C08","active"],["AUSTRAC-FSS22-C09","active"],["AUSTRAC-FSS22-C10","active"],["AUSTRAC-FSS22-C11","active"],["AUSTRAC-FSS22-C12","active"],["UNODC-FC23-A01","active"],["UNODC-FC23-A02","active"],["UNODC-FC23-M01","active"],["UNODC-FC23-M02","active"],["UNODC-FC23-M03","active"],["UNODC-FC23-P01","active"],["UNODC-FC23-P02","active"],["FINCEN-PB23-01","active"],["FINCEN-PB23-02","active"],["FINCEN-PB23-03","active"],["FINCEN-PB23-04","active"],["FINCEN-PB23-05","active"],["FINTRAC-HTSE16-T01","active"],["FINTRAC-HTSE16-T02","active"],["FINTRAC-HTSE16-T03","active"],["FINTRAC-HTSE16-T04","active"],["FINTRAC-HTSE16-T05","active"],["FINTRAC-HTSE16-T06","active"],["FINTRAC-HTSE16-T07","active"],["FINTRAC-HTSE16-T08","active"],["FINTRAC-HTSE16-T09","active"],["ILO-FLI-01","active"],["ILO-FLI-02","active"],["ILO-FLI-03","active"],["ILO-FLI-04","active"],["ILO-FLI-05","active"],["ILO-FLI-06","active"],["ILO-FLI-07","active"],["ILO-FLI-08","active"],["ILO-FLI-09","active"],["ILO-FLI-10","active"],["ILO-FLI-11","active"]]);
const DEPRECATED_CODES1 = new Set(["101+"]);
const DEPRECATED_CODES2 = new Set(["ANG","BGN","HRK","SLL","ZWL"]);
const PLAIN_CODES3 = new Set(["tron","ethereum","bitcoin","bnbSmartChain","solana","polygon","arbitrum","ton","litecoin","xrpLedger","monero","other"]);
const PLAIN_CODES4 = new Set(["usdt","usdc","btc","eth","trx","bnb","sol","ltc","xrp","xmr","other"]);
const PLAIN_CODES5 = new Set(["HUMAN TRAFFICKING FIN-2020-A008","Advisory Human Trafficking","Advisory Human Smuggling","FIN-2023-PIGBUTCHERING","XXMSHTXX","#ProjectProtect"]);
const PLAIN_CODES6 = new Set(["Facebook","Instagram","WhatsApp","Telegram","FacebookMessenger","Viber","SnapChat","Line","4Sale","WeChat","QQ","QZone","TikTok","Twitter","EscortOrClassifiedAdSite","DatingApp","JobBoard","LiveStreamingSite","FanSubscriptionSite","Other"]);
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
    }
    const v45 = report.indicators;
    if (Array.isArray(v45)) for (let i46 = 0; i46 < v45.length; i46++) {
      const v47 = v45[i46];
      if (v47 !== null && typeof v47 == "object" && !Array.isArray(v47)) {
        const v48 = v47.id;
        if (typeof v48 == "string") { const known = ids.size; if (ids.set(v48, 65536).size === known) return false; }
      }
    }
    const v49 = report.outcomes;
    if (v49 !== null && typeof v49 == "object" && !Array.isArray(v49)) {
      const v50 = v49.strSarFilings;
      if (Array.isArray(v50)) for (let i51 = 0; i51 < v50.length; i51++) {
        const v52 = v50[i51];
        if (v52 !== null && typeof v52 == "object" && !Array.isArray(v52)) {
          const v53 = v52.id;
          if (typeof v53 == "string") { const known = ids.size; if (ids.set(v53, 262144).size === known) return false; }
        }
      }
      const v54 = v49.fiuDisseminations;
      if (Array.isArray(v54)) for (let i55 = 0; i55 < v54.length; i55++) {
        const v56 = v54[i55];
        if (v56 !== null && typeof v56 == "object" && !Array.isArray(v56)) {
          const v57 = v56.id;
          if (typeof v57 == "string") { const known = ids.size; if (ids.set(v57, 524288).size === known) return false; }
        }
      }
      const v58 = v49.publicPrivateSharing;
      if (Array.isArray(v58)) for (let i59 = 0; i59 < v58.length; i59++) {
        const v60 = v58[i59];
        if (v60 !== null && typeof v60 == "object" && !Array.isArray(v60)) {
          const v61 = v60.id;
          if (typeof v61 == "string") { const known = ids.size; if (ids.set(v61, 1048576).size === known) return false; }
        }
      }
      const v62 = v49.assetActions;
      if (Array.isArray(v62)) for (let i63 = 0; i63 < v62.length; i63++) {
        const v64 = v62[i63];
        if (v64 !== null && typeof v64 == "object" && !Array.isArray(v64)) {
          const v65 = v64.id;
          if (typeof v65 == "string") { const known = ids.size; if (ids.set(v65, 2097152).size === known) return false; }
        }
      }
      const v66 = v49.compensationClaims;
      if (Array.isArray(v66)) for (let i67 = 0; i67 < v66.length; i67++) {
        const v68 = v66[i67];
        if (v68 !== null && typeof v68 == "object" && !Array.isArray(v68)) {
          const v69 = v68.id;
          if (typeof v69 == "string") { const known = ids.size; if (ids.set(v69, 16777216).size === known) return false; }
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
        if (Array.isArray(v16)) { for (const s of v16) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof v16 == "string" && DEPRECATED_CODES1.has(v16)) return false;
        const v17 = v2.observedWorkerBand;
        if (Array.isArray(v17)) { for (const s of v17) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof v17 == "string" && DEPRECATED_CODES1.has(v17)) return false;
      }
    }
    const v18 = report.debts;
    if (Array.isArray(v18)) for (let i19 = 0; i19 < v18.length; i19++) {
      const v20 = v18[i19];
      if (v20 !== null && typeof v20 == "object" && !Array.isArray(v20)) {
        const v21 = v20.creditorRef;
        if (Array.isArray(v21)) { for (const s of v21) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v21 == "string" && (ids.get(v21) & 96) === 0) return false;
        const v22 = v20.initialAmount;
        if (v22 !== null && typeof v22 == "object" && Object.hasOwn(v22, "currency")) { const part = v22.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
        const v23 = v20.currentAmount;
        if (v23 !== null && typeof v23 == "object" && Object.hasOwn(v23, "currency")) { const part = v23.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
      }
    }
    const v24 = report.financialControl;
    if (v24 !== null && typeof v24 == "object" && !Array.isArray(v24)) {
      const v25 = v24.appliesToPersonRefs;
      if (Array.isArray(v25)) { for (const s of v25) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v25 == "string" && (ids.get(v25) & 32) === 0) return false;
      const v26 = v24.fines;
      if (v26 !== null && typeof v26 == "object" && Object.hasOwn(v26, "currency")) { const part = v26.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
    }
    const v27 = report.victimFinancialMisuse;
    if (v27 !== null && typeof v27 == "object" && !Array.isArray(v27)) {
      const v28 = v27.appliesToPersonRefs;
      if (Array.isArray(v28)) { for (const s of v28) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v28 == "string" && (ids.get(v28) & 32) === 0) return false;
      const v29 = v27.creditInVictimNameAmount;
      if (v29 !== null && typeof v29 == "object" && Object.hasOwn(v29, "currency")) { const part = v29.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
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
        if (Array.isArray(v38)) { for (const s of v38) if (typeof s == "string" && !PLAIN_CODES3.has(s)) return false; } else if (typeof v38 == "string" && !PLAIN_CODES3.has(v38)) return false;
        const v39 = v32.cryptoAssets;
        if (Array.isArray(v39)) { for (const s of v39) if (typeof s == "string" && !PLAIN_CODES4.has(s)) return false; } else if (typeof v39 == "string" && !PLAIN_CODES4.has(v39)) return false;
        const v40 = v32.currency;
        if (Array.isArray(v40)) { for (const s of v40) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof v40 == "string" && DEPRECATED_CODES2.has(v40)) return false;
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
        const v50 = v47.date;
        if (reported !== undefined && typeof v50 == "string" && laterThan(v50, reported)) return false;
        const v51 = v47.periodStart;
        if (reported !== undefined && typeof v51 == "string" && laterThan(v51, reported)) return false;
        const v52 = v47.periodEnd;
        if (reported !== undefined && typeof v52 == "string" && laterThan(v52, reported)) return false;
        const v53 = v47.amount;
        if (v53 !== null && typeof v53 == "object" && Object.hasOwn(v53, "currency")) { const part = v53.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
        const v54 = v47.cryptoDetails;
        if (v54 !== null && typeof v54 == "object" && !Array.isArray(v54)) {
          const v55 = v54.asset;
          if (Array.isArray(v55)) { for (const s of v55) if (typeof s == "string" && !PLAIN_CODES4.has(s)) return false; } else if (typeof v55 == "string" && !PLAIN_CODES4.has(v55)) return false;
          const v56 = v54.network;
          if (Array.isArray(v56)) { for (const s of v56) if (typeof s == "string" && !PLAIN_CODES3.has(s)) return false; } else if (typeof v56 == "string" && !PLAIN_CODES3.has(v56)) return false;
          const v57 = v54.fiatEquivalent;
          if (v57 !== null && typeof v57 == "object" && Object.hasOwn(v57, "currency")) { const part = v57.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
        }
      }
    }
    const v58 = report.laundering;
    if (v58 !== null && typeof v58 == "object" && !Array.isArray(v58)) {
      const v59 = v58.assets;
      if (Array.isArray(v59)) for (let i60 = 0; i60 < v59.length; i60++) {
        const v61 = v59[i60];
        if (v61 !== null && typeof v61 == "object" && !Array.isArray(v61)) {
          const v62 = v61.registeredToRef;
          if (Array.isArray(v62)) { for (const s of v62) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v62 == "string" && (ids.get(v62) & 96) === 0) return false;
          const v63 = v61.value;
          if (v63 !== null && typeof v63 == "object" && Object.hasOwn(v63, "currency")) { const part = v63.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
        }
      }
    }
    const v64 = report.indicators;
    if (Array.isArray(v64)) for (let i65 = 0; i65 < v64.length; i65++) {
      const v66 = v64[i65];
      if (v66 !== null && typeof v66 == "object" && !Array.isArray(v66)) {
        const v67 = v66.evidenceRefs;
        if (Array.isArray(v67)) { for (const s of v67) if (typeof s == "string" && (ids.get(s) & 12384) === 0) return false; } else if (typeof v67 == "string" && (ids.get(v67) & 12384) === 0) return false;
        const v68 = v66.firstObserved;
        if (reported !== undefined && typeof v68 == "string" && laterThan(v68, reported)) return false;
        const v69 = v66.indicatorId;
        if (typeof v69 == "string") { const status = INDICATORS0.get(v69); if (status === undefined || status === "withdrawn") return false; }
      }
    }
    const v70 = report.outcomes;
    if (v70 !== null && typeof v70 == "object" && !Array.isArray(v70)) {
      const v71 = v70.strSarFilings;
      if (Array.isArray(v71)) for (let i72 = 0; i72 < v71.length; i72++) {
        const v73 = v71[i72];
        if (v73 !== null && typeof v73 == "object" && !Array.isArray(v73)) {
          const v74 = v73.subjectRefs;
          if (Array.isArray(v74)) { for (const s of v74) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v74 == "string" && (ids.get(v74) & 96) === 0) return false;
          const v75 = v73.accountRefs;
          if (Array.isArray(v75)) { for (const s of v75) if (typeof s == "string" && (ids.get(s) & 4096) === 0) return false; } else if (typeof v75 == "string" && (ids.get(v75) & 4096) === 0) return false;
          const v76 = v73.transactionRefs;
          if (Array.isArray(v76)) { for (const s of v76) if (typeof s == "string" && (ids.get(s) & 8192) === 0) return false; } else if (typeof v76 == "string" && (ids.get(v76) & 8192) === 0) return false;
          const v77 = v73.period;
          if (reported !== undefined && typeof v77 == "string" && laterThan(v77, reported)) return false;
          const v78 = v73.keyTermsUsed;
          if (Array.isArray(v78)) { for (const s of v78) if (typeof s == "string" && !PLAIN_CODES5.has(s)) return false; } else if (typeof v78 == "string" && !PLAIN_CODES5.has(v78)) return false;
        }
      }
      const v79 = v70.fiuDisseminations;
      if (Array.isArray(v79)) for (let i80 = 0; i80 < v79.length; i80++) {
        const v81 = v79[i80];
        if (v81 !== null && typeof v81 == "object" && !Array.isArray(v81)) {
          const v82 = v81.strSarFilingRefs;
          if (Array.isArray(v82)) { for (const s of v82) if (typeof s == "string" && (ids.get(s) & 262144) === 0) return false; } else if (typeof v82 == "string" && (ids.get(v82) & 262144) === 0) return false;
          const v83 = v81.period;
          if (reported !== undefined && typeof v83 == "string" && laterThan(v83, reported)) return false;
        }
      }
      const v84 = v70.publicPrivateSharing;
      if (Array.isArray(v84)) for (let i85 = 0; i85 < v84.length; i85++) {
        const v86 = v84[i85];
        if (v86 !== null && typeof v86 == "object" && !Array.isArray(v86)) {
          const v87 = v86.strSarFilingRefs;
          if (Array.isArray(v87)) { for (const s of v87) if (typeof s == "string" && (ids.get(s) & 262144) === 0) return false; } else if (typeof v87 == "string" && (ids.get(v87) & 262144) === 0) return false;
          const v88 = v86.period;
          if (reported !== undefined && typeof v88 == "string" && laterThan(v88, reported)) return false;
        }
      }
      const v89 = v70.assetActions;
      if (Array.isArray(v89)) for (let i90 = 0; i90 < v89.length; i90++) {
        const v91 = v89[i90];
        if (v91 !== null && typeof v91 == "object" && !Array.isArray(v91)) {
          const v92 = v91.accountRefs;
          if (Array.isArray(v92)) { for (const s of v92) if (typeof s == "string" && (ids.get(s) & 4096) === 0) return false; } else if (typeof v92 == "string" && (ids.get(v92) & 4096) === 0) return false;
          const v93 = v91.assetRefs;
          if (Array.isArray(v93)) { for (const s of v93) if (typeof s == "string" && (ids.get(s) & 32768) === 0) return false; } else if (typeof v93 == "string" && (ids.get(v93) & 32768) === 0) return false;
          const v94 = v91.returnedToRefs;
          if (Array.isArray(v94)) { for (const s of v94) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v94 == "string" && (ids.get(v94) & 32) === 0) return false;
          const v95 = v91.date;
          if (reported !== undefined && typeof v95 == "string" && laterThan(v95, reported)) return false;
          const v96 = v91.amount;
          if (v96 !== null && typeof v96 == "object" && Object.hasOwn(v96, "currency")) { const part = v96.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
        }
      }
      const v97 = v70.compensationClaims;
      if (Array.isArray(v97)) for (let i98 = 0; i98 < v97.length; i98++) {
        const v99 = v97[i98];
        if (v99 !== null && typeof v99 == "object" && !Array.isArray(v99)) {
          const v100 = v99.claimantRefs;
          if (Array.isArray(v100)) { for (const s of v100) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v100 == "string" && (ids.get(v100) & 32) === 0) return false;
          const v101 = v99.paidFromAssetActionRefs;
          if (Array.isArray(v101)) { for (const s of v101) if (typeof s == "string" && (ids.get(s) & 2097152) === 0) return false; } else if (typeof v101 == "string" && (ids.get(v101) & 2097152) === 0) return false;
          const v102 = v99.dateClaimed;
          if (reported !== undefined && typeof v102 == "string" && laterThan(v102, reported)) return false;
          const v103 = v99.amountClaimed;
          if (v103 !== null && typeof v103 == "object" && Object.hasOwn(v103, "currency")) { const part = v103.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
          const v104 = v99.amountAwarded;
          if (v104 !== null && typeof v104 == "object" && Object.hasOwn(v104, "currency")) { const part = v104.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
          const v105 = v99.amountPaid;
          if (v105 !== null && typeof v105 == "object" && Object.hasOwn(v105, "currency")) { const part = v105.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
        }
      }
      const v106 = v70.referrals;
      if (Array.isArray(v106)) for (let i107 = 0; i107 < v106.length; i107++) {
        const v108 = v106[i107];
        if (v108 !== null && typeof v108 == "object" && !Array.isArray(v108)) {
          const v109 = v108.date;
          if (reported !== undefined && typeof v109 == "string" && laterThan(v109, reported)) return false;
        }
      }
      const v110 = v70.assetsFrozen;
      if (v110 !== null && typeof v110 == "object" && !Array.isArray(v110)) {
        const v111 = v110.amount;
        if (Object.hasOwn(v110, "amount")) return false;
        if (v111 !== null && typeof v111 == "object" && Object.hasOwn(v111, "currency")) { const part = v111.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
        const v112 = v110.confiscationType;
        if (Object.hasOwn(v110, "confiscationType")) return false;
      }
      const v113 = v70.assetsConfiscated;
      if (v113 !== null && typeof v113 == "object" && !Array.isArray(v113)) {
        const v114 = v113.amount;
        if (Object.hasOwn(v113, "amount")) return false;
        if (v114 !== null && typeof v114 == "object" && Object.hasOwn(v114, "currency")) { const part = v114.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
        const v115 = v113.confiscationType;
        if (Object.hasOwn(v113, "confiscationType")) return false;
      }
    }
    const v116 = report.informationAsOf;
    if (reported !== undefined && typeof v116 == "string" && laterThan(v116, reported)) return false;
    const v117 = report.exploitationStart;
    if (reported !== undefined && typeof v117 == "string" && laterThan(v117, reported)) return false;
    const v118 = report.exploitationEnd;
    if (reported !== undefined && typeof v118 == "string" && laterThan(v118, reported)) return false;
    const v119 = report.consent;
    if (v119 !== null && typeof v119 == "object" && !Array.isArray(v119)) {
      const v120 = v119.consentDate;
      if (reported !== undefined && typeof v120 == "string" && laterThan(v120, reported)) return false;
    }
    const v121 = report.persons;
    if (Array.isArray(v121)) for (let i122 = 0; i122 < v121.length; i122++) {
      const v123 = v121[i122];
      if (v123 !== null && typeof v123 == "object" && !Array.isArray(v123)) {
        const v124 = v123.dateOfBirth;
        if (reported !== undefined && typeof v124 == "string" && laterThan(v124, reported)) return false;
        if (open && v124 !== undefined && !((v124 !== null && typeof v124 == "object" && !Array.isArray(v124)) && Object.hasOwn(v124, "missing"))) return false;
        const v125 = v123.sanctions;
        if (Array.isArray(v125)) for (let i126 = 0; i126 < v125.length; i126++) {
          const v127 = v125[i126];
          if (v127 !== null && typeof v127 == "object" && !Array.isArray(v127)) {
            const v128 = v127.designationDate;
            if (reported !== undefined && typeof v128 == "string" && laterThan(v128, reported)) return false;
            const v129 = v127.delistingDate;
            if (reported !== undefined && typeof v129 == "string" && laterThan(v129, reported)) return false;
          }
        }
        const v130 = v123.identifiers;
        if (Array.isArray(v130)) for (let i131 = 0; i131 < v130.length; i131++) {
          const v132 = v130[i131];
          if (v132 !== null && typeof v132 == "object" && !Array.isArray(v132)) {
            const v133 = v132.platform;
            if (Array.isArray(v133)) { for (const s of v133) if (typeof s == "string" && !PLAIN_CODES6.has(s)) return false; } else if (typeof v133 == "string" && !PLAIN_CODES6.has(v133)) return false;
            const v134 = v132.value;
            if (open && v134 !== undefined && !((v134 !== null && typeof v134 == "object" && !Array.isArray(v134)) && Object.hasOwn(v134, "missing"))) return false;
          }
        }
        const v135 = v123.fullName;
        if (open && v135 !== undefined && !((v135 !== null && typeof v135 == "object" && !Array.isArray(v135)) && Object.hasOwn(v135, "missing"))) return false;
      }
    }
    const v136 = report.exploitationPlatforms;
    if (Array.isArray(v136)) { for (const s of v136) if (typeof s == "string" && !PLAIN_CODES6.has(s)) return false; } else if (typeof v136 == "string" && !PLAIN_CODES6.has(v136)) return false;
    const v137 = report.victimCountBand;
    if (Array.isArray(v137)) { for (const s of v137) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof v137 == "string" && DEPRECATED_CODES1.has(v137)) return false;
    const v138 = report.perpetratorCountBand;
    if (Array.isArray(v138)) { for (const s of v138) if (typeof s == "string" && DEPRECATED_CODES1.has(s)) return false; } else if (typeof v138 == "string" && DEPRECATED_CODES1.has(v138)) return false;
    const v139 = report.estimatedProceeds;
    if (v139 !== null && typeof v139 == "object" && Object.hasOwn(v139, "currency")) { const part = v139.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
    const v140 = report.recruitment;
    if (v140 !== null && typeof v140 == "object" && !Array.isArray(v140)) {
      const v141 = v140.recruitmentPlatforms;
      if (Array.isArray(v141)) { for (const s of v141) if (typeof s == "string" && !PLAIN_CODES6.has(s)) return false; } else if (typeof v141 == "string" && !PLAIN_CODES6.has(v141)) return false;
      const v142 = v140.promisedPay;
      if (v142 !== null && typeof v142 == "object" && Object.hasOwn(v142, "currency")) { const part = v142.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
      const v143 = v140.actualPay;
      if (v143 !== null && typeof v143 == "object" && Object.hasOwn(v143, "currency")) { const part = v143.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
      const v144 = v140.recruitmentFee;
      if (v144 !== null && typeof v144 == "object" && Object.hasOwn(v144, "currency")) { const part = v144.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
      const v145 = v140.ransom;
      if (v145 !== null && typeof v145 == "object" && !Array.isArray(v145)) {
        const v146 = v145.amount;
        if (v146 !== null && typeof v146 == "object" && Object.hasOwn(v146, "currency")) { const part = v146.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES2.has(part)) return false; }
      }
    }
    const v147 = report.scamCompound;
    if (v147 !== null && typeof v147 == "object" && !Array.isArray(v147)) {
      const v148 = v147.jobAdPlatforms;
      if (Array.isArray(v148)) { for (const s of v148) if (typeof s == "string" && !PLAIN_CODES6.has(s)) return false; } else if (typeof v148 == "string" && !PLAIN_CODES6.has(v148)) return false;
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
