// Generated from the HTFDS schema by generators/validators/generate-rules-verdict.ts. Do not edit: change schema/ and run `npm run build`.
import { pointerResolves } from '../validate/paths.js';
import { laterThan } from '../validate/rule-targets.js';
import { atLeastAsStrict } from '../share/tlp.js';

const INDICATORS0 = new Map([["FINCEN-HT20-B01","active"],["FINCEN-HT20-B02","active"],["FINCEN-HT20-B03","active"],["FINCEN-HT20-B04","active"],["FINCEN-HT20-B05","active"],["FINCEN-HT20-B06","active"],["FINCEN-HT20-B07","active"],["FINCEN-HT20-B08","active"],["FINCEN-HT20-B09","active"],["FINCEN-HT20-B10","active"],["FINCEN-HT20-F11","active"],["FINCEN-HT20-F12","active"],["FINCEN-HT20-F13","active"],["FINCEN-HT20-F14","active"],["FINCEN-HT20-F15","active"],["FINCEN-HT20-F16","active"],["FINCEN-HT20-F17","active"],["FINCEN-HT20-F18","active"],["FINCEN-HT20-F19","active"],["FINCEN-HT20-F20","active"],["FINCEN-HT20-TY1","active"],["FINCEN-HT20-TY2","active"],["FINCEN-HT20-TY3","active"],["FINCEN-HT20-TY4","active"],["FINCEN-HT14-T01","active"],["FINCEN-HT14-T02","active"],["FINCEN-HT14-T03","active"],["FINCEN-HT14-T04","active"],["FINCEN-HT14-T05","active"],["FINCEN-HT14-T06","deprecated"],["FINCEN-HT14-T07","active"],["FINCEN-HT14-T08","active"],["FINCEN-HT14-T09","active"],["FINCEN-HT14-T10","withdrawn"],["FINCEN-HS14-S01","active"],["FINCEN-HS14-S02","active"],["FINCEN-HS14-S03","active"],["FINCEN-HS14-S04","active"],["FINCEN-HS14-S05","active"],["FINCEN-HS14-S06","active"],["FINCEN-HS14-S07","active"],["FATF-HT18-01","active"],["FATF-HT18-02","active"],["FATF-HT18-03","active"],["FATF-HT18-04","active"],["FATF-HT18-05","active"],["FATF-HT18-06","active"],["FATF-HT18-07","active"],["FATF-HT18-08","provisional"],["FATF-HT18-09","provisional"],["FATF-HT18-10","provisional"],["FATF-HT18-11","provisional"],["FATF-HT18-12","provisional"],["FATF-HT18-13","provisional"],["FATF-HT18-14","withdrawn"],["FATF-HT18-15","active"],["FATF-HT18-16","active"],["MC-MST-GEN-B01","active"],["MC-MST-GEN-BU01","active"],["MC-MST-FP-T01","provisional"],["MC-MST-FP-D01","provisional"],["MC-MST-FISH-T01","provisional"],["MC-MST-FISH-B01","provisional"],["MC-MST-DS-T01","provisional"],["MC-MST-CON-T01","provisional"],["MC-MST-MFG-T01","provisional"],["MC-MST-AGR-T01","provisional"],["MC-MST-SCAM-T01","provisional"],["MC-MST-MULE-B01","provisional"],["MC-MST-CSE-T01","provisional"],["AUSTRAC-FSS22-C01","active"],["AUSTRAC-FSS22-C02","active"],["AUSTRAC-FSS22-C03","active"],["AUSTRAC-FSS22-C04","active"],["AUSTRAC-FSS22-C05","active"],["AUSTRAC-FSS22-C06","active"],["AUSTRAC-FSS22-C07","active"],["AUSTRAC-FSS22-C08","active"],["AUSTRAC-FSS22-C09","active"],["AUSTRAC-FSS22-C10","active"],["AUSTRAC-FSS22-C11","active"],["AUSTRAC-FSS22-C12","active"],["UNODC-FC23-A01","active"],["UNODC-FC23-A02","provisional"],["UNODC-FC23-M01","provisional"],["UNODC-FC23-M02","provisional"],["UNODC-FC23-M03","provisional"],["UNODC-FC23-P01","active"],["UNODC-FC23-P02","provisional"],["FINCEN-PB23-01","active"],["FINCEN-PB23-02","active"],["FINCEN-PB23-03","active"],["FINCEN-PB23-04","active"],["FINCEN-PB23-05","provisional"],["FINCEN-PB23-06","active"],["FINTRAC-HTSE16-T01","active"],["FINTRAC-HTSE16-T02","active"],["FINTRAC-HTSE16-T03","active"],["FINTRAC-HTSE16-T04","active"],["FINTRAC-HTSE16-T05","active"],["FINTRAC-HTSE16-T06","active"],["FINTRAC-HTSE16-T07","active"],["FINTRAC-HTSE16-T08","active"],["FINTRAC-HTSE16-T09","active"],["ILO-FLI-01","active"],["ILO-FLI-02","active"],["ILO-FLI-03","active"],["ILO-FLI-04","active"],["ILO-FLI-05","active"],["ILO-FLI-06","active"],["ILO-FLI-07","active"],["ILO-FLI-08","active"],["ILO-FLI-09","active"],["ILO-FLI-10","active"],["ILO-FLI-11","active"]]);
const LEANING_STATUSES1 = new Set(["observed","suspected"]);
const DEPRECATED_CODES2 = new Set(["101+"]);
const DEPRECATED_CODES3 = new Set(["ANG","BGN","HRK","SLL","ZWL"]);
const PLAIN_CODES4 = new Set(["tron","ethereum","bitcoin","bnbSmartChain","solana","polygon","arbitrum","ton","litecoin","xrpLedger","monero","other"]);
const PLAIN_CODES5 = new Set(["usdt","usdc","btc","eth","trx","bnb","sol","ltc","xrp","xmr","other"]);
const PLAIN_CODES6 = new Set(["HUMAN TRAFFICKING FIN-2020-A008","Advisory Human Trafficking","Advisory Human Smuggling","FIN-2023-PIGBUTCHERING","XXMSHTXX","#ProjectProtect"]);
const PLAIN_CODES7 = new Set(["Facebook","Instagram","WhatsApp","Telegram","FacebookMessenger","Viber","SnapChat","Line","4Sale","WeChat","QQ","QZone","TikTok","Twitter","EscortOrClassifiedAdSite","DatingApp","JobBoard","LiveStreamingSite","FanSubscriptionSite","Other"]);
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
        const v50 = v47.date;
        if (reported !== undefined && typeof v50 == "string" && laterThan(v50, reported)) return false;
        const v51 = v47.periodStart;
        if (reported !== undefined && typeof v51 == "string" && laterThan(v51, reported)) return false;
        const v52 = v47.periodEnd;
        if (reported !== undefined && typeof v52 == "string" && laterThan(v52, reported)) return false;
        const v53 = v47.amount;
        if (v53 !== null && typeof v53 == "object" && Object.hasOwn(v53, "currency")) { const part = v53.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES3.has(part)) return false; }
        const v54 = v47.cryptoDetails;
        if (v54 !== null && typeof v54 == "object" && !Array.isArray(v54)) {
          const v55 = v54.asset;
          if (Array.isArray(v55)) { for (const s of v55) if (typeof s == "string" && !PLAIN_CODES5.has(s)) return false; } else if (typeof v55 == "string" && !PLAIN_CODES5.has(v55)) return false;
          const v56 = v54.network;
          if (Array.isArray(v56)) { for (const s of v56) if (typeof s == "string" && !PLAIN_CODES4.has(s)) return false; } else if (typeof v56 == "string" && !PLAIN_CODES4.has(v56)) return false;
          const v57 = v54.fiatEquivalent;
          if (v57 !== null && typeof v57 == "object" && Object.hasOwn(v57, "currency")) { const part = v57.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES3.has(part)) return false; }
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
          if (v63 !== null && typeof v63 == "object" && Object.hasOwn(v63, "currency")) { const part = v63.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES3.has(part)) return false; }
        }
      }
    }
    const v64 = report.indicators;
    if (Array.isArray(v64)) for (let i65 = 0; i65 < v64.length; i65++) {
      const v66 = v64[i65];
      if (v66 !== null && typeof v66 == "object" && !Array.isArray(v66)) {
        const v67 = v66.subjectRefs;
        if (Array.isArray(v67)) { for (const s of v67) if (typeof s == "string" && (ids.get(s) & 4192) === 0) return false; } else if (typeof v67 == "string" && (ids.get(v67) & 4192) === 0) return false;
        const v68 = v66.evidenceRefs;
        if (Array.isArray(v68)) { for (const s of v68) if (typeof s == "string" && (ids.get(s) & 19182176) === 0) return false; } else if (typeof v68 == "string" && (ids.get(v68) & 19182176) === 0) return false;
        const v69 = v66.firstObserved;
        if (reported !== undefined && typeof v69 == "string" && laterThan(v69, reported)) return false;
        const v70 = v66.indicatorId;
        if (typeof v70 == "string") { const status = INDICATORS0.get(v70); if (status === undefined || status === "withdrawn" || status === "deprecated" || (status === "provisional" && LEANING_STATUSES1.has(v66.status))) return false; }
      }
    }
    const v71 = report.outcomes;
    if (v71 !== null && typeof v71 == "object" && !Array.isArray(v71)) {
      const v72 = v71.strSarFilings;
      if (Array.isArray(v72)) for (let i73 = 0; i73 < v72.length; i73++) {
        const v74 = v72[i73];
        if (v74 !== null && typeof v74 == "object" && !Array.isArray(v74)) {
          const v75 = v74.subjectRefs;
          if (Array.isArray(v75)) { for (const s of v75) if (typeof s == "string" && (ids.get(s) & 96) === 0) return false; } else if (typeof v75 == "string" && (ids.get(v75) & 96) === 0) return false;
          const v76 = v74.accountRefs;
          if (Array.isArray(v76)) { for (const s of v76) if (typeof s == "string" && (ids.get(s) & 4096) === 0) return false; } else if (typeof v76 == "string" && (ids.get(v76) & 4096) === 0) return false;
          const v77 = v74.transactionRefs;
          if (Array.isArray(v77)) { for (const s of v77) if (typeof s == "string" && (ids.get(s) & 8192) === 0) return false; } else if (typeof v77 == "string" && (ids.get(v77) & 8192) === 0) return false;
          const v78 = v74.period;
          if (reported !== undefined && typeof v78 == "string" && laterThan(v78, reported)) return false;
          const v79 = v74.keyTermsUsed;
          if (Array.isArray(v79)) { for (const s of v79) if (typeof s == "string" && !PLAIN_CODES6.has(s)) return false; } else if (typeof v79 == "string" && !PLAIN_CODES6.has(v79)) return false;
        }
      }
      const v80 = v71.fiuDisseminations;
      if (Array.isArray(v80)) for (let i81 = 0; i81 < v80.length; i81++) {
        const v82 = v80[i81];
        if (v82 !== null && typeof v82 == "object" && !Array.isArray(v82)) {
          const v83 = v82.strSarFilingRefs;
          if (Array.isArray(v83)) { for (const s of v83) if (typeof s == "string" && (ids.get(s) & 262144) === 0) return false; } else if (typeof v83 == "string" && (ids.get(v83) & 262144) === 0) return false;
          const v84 = v82.period;
          if (reported !== undefined && typeof v84 == "string" && laterThan(v84, reported)) return false;
        }
      }
      const v85 = v71.publicPrivateSharing;
      if (Array.isArray(v85)) for (let i86 = 0; i86 < v85.length; i86++) {
        const v87 = v85[i86];
        if (v87 !== null && typeof v87 == "object" && !Array.isArray(v87)) {
          const v88 = v87.strSarFilingRefs;
          if (Array.isArray(v88)) { for (const s of v88) if (typeof s == "string" && (ids.get(s) & 262144) === 0) return false; } else if (typeof v88 == "string" && (ids.get(v88) & 262144) === 0) return false;
          const v89 = v87.period;
          if (reported !== undefined && typeof v89 == "string" && laterThan(v89, reported)) return false;
        }
      }
      const v90 = v71.assetActions;
      if (Array.isArray(v90)) for (let i91 = 0; i91 < v90.length; i91++) {
        const v92 = v90[i91];
        if (v92 !== null && typeof v92 == "object" && !Array.isArray(v92)) {
          const v93 = v92.accountRefs;
          if (Array.isArray(v93)) { for (const s of v93) if (typeof s == "string" && (ids.get(s) & 4096) === 0) return false; } else if (typeof v93 == "string" && (ids.get(v93) & 4096) === 0) return false;
          const v94 = v92.assetRefs;
          if (Array.isArray(v94)) { for (const s of v94) if (typeof s == "string" && (ids.get(s) & 32768) === 0) return false; } else if (typeof v94 == "string" && (ids.get(v94) & 32768) === 0) return false;
          const v95 = v92.returnedToRefs;
          if (Array.isArray(v95)) { for (const s of v95) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v95 == "string" && (ids.get(v95) & 32) === 0) return false;
          const v96 = v92.date;
          if (reported !== undefined && typeof v96 == "string" && laterThan(v96, reported)) return false;
          const v97 = v92.amount;
          if (v97 !== null && typeof v97 == "object" && Object.hasOwn(v97, "currency")) { const part = v97.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES3.has(part)) return false; }
        }
      }
      const v98 = v71.compensationClaims;
      if (Array.isArray(v98)) for (let i99 = 0; i99 < v98.length; i99++) {
        const v100 = v98[i99];
        if (v100 !== null && typeof v100 == "object" && !Array.isArray(v100)) {
          const v101 = v100.claimantRefs;
          if (Array.isArray(v101)) { for (const s of v101) if (typeof s == "string" && (ids.get(s) & 32) === 0) return false; } else if (typeof v101 == "string" && (ids.get(v101) & 32) === 0) return false;
          const v102 = v100.paidFromAssetActionRefs;
          if (Array.isArray(v102)) { for (const s of v102) if (typeof s == "string" && (ids.get(s) & 2097152) === 0) return false; } else if (typeof v102 == "string" && (ids.get(v102) & 2097152) === 0) return false;
          const v103 = v100.dateClaimed;
          if (reported !== undefined && typeof v103 == "string" && laterThan(v103, reported)) return false;
          const v104 = v100.amountClaimed;
          if (v104 !== null && typeof v104 == "object" && Object.hasOwn(v104, "currency")) { const part = v104.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES3.has(part)) return false; }
          const v105 = v100.amountAwarded;
          if (v105 !== null && typeof v105 == "object" && Object.hasOwn(v105, "currency")) { const part = v105.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES3.has(part)) return false; }
          const v106 = v100.amountPaid;
          if (v106 !== null && typeof v106 == "object" && Object.hasOwn(v106, "currency")) { const part = v106.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES3.has(part)) return false; }
        }
      }
      const v107 = v71.referrals;
      if (Array.isArray(v107)) for (let i108 = 0; i108 < v107.length; i108++) {
        const v109 = v107[i108];
        if (v109 !== null && typeof v109 == "object" && !Array.isArray(v109)) {
          const v110 = v109.date;
          if (reported !== undefined && typeof v110 == "string" && laterThan(v110, reported)) return false;
        }
      }
      const v111 = v71.assetsFrozen;
      if (v111 !== null && typeof v111 == "object" && !Array.isArray(v111)) {
        const v112 = v111.amount;
        if (Object.hasOwn(v111, "amount")) return false;
        if (v112 !== null && typeof v112 == "object" && Object.hasOwn(v112, "currency")) { const part = v112.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES3.has(part)) return false; }
        const v113 = v111.confiscationType;
        if (Object.hasOwn(v111, "confiscationType")) return false;
      }
      const v114 = v71.assetsConfiscated;
      if (v114 !== null && typeof v114 == "object" && !Array.isArray(v114)) {
        const v115 = v114.amount;
        if (Object.hasOwn(v114, "amount")) return false;
        if (v115 !== null && typeof v115 == "object" && Object.hasOwn(v115, "currency")) { const part = v115.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES3.has(part)) return false; }
        const v116 = v114.confiscationType;
        if (Object.hasOwn(v114, "confiscationType")) return false;
      }
    }
    const v117 = report.informationAsOf;
    if (reported !== undefined && typeof v117 == "string" && laterThan(v117, reported)) return false;
    const v118 = report.exploitationStart;
    if (reported !== undefined && typeof v118 == "string" && laterThan(v118, reported)) return false;
    const v119 = report.exploitationEnd;
    if (reported !== undefined && typeof v119 == "string" && laterThan(v119, reported)) return false;
    const v120 = report.consent;
    if (v120 !== null && typeof v120 == "object" && !Array.isArray(v120)) {
      const v121 = v120.consentDate;
      if (reported !== undefined && typeof v121 == "string" && laterThan(v121, reported)) return false;
    }
    const v122 = report.persons;
    if (Array.isArray(v122)) for (let i123 = 0; i123 < v122.length; i123++) {
      const v124 = v122[i123];
      if (v124 !== null && typeof v124 == "object" && !Array.isArray(v124)) {
        const v125 = v124.dateOfBirth;
        if (reported !== undefined && typeof v125 == "string" && laterThan(v125, reported)) return false;
        if (open && v125 !== undefined && !((v125 !== null && typeof v125 == "object" && !Array.isArray(v125)) && Object.hasOwn(v125, "missing"))) return false;
        const v126 = v124.sanctions;
        if (Array.isArray(v126)) for (let i127 = 0; i127 < v126.length; i127++) {
          const v128 = v126[i127];
          if (v128 !== null && typeof v128 == "object" && !Array.isArray(v128)) {
            const v129 = v128.designationDate;
            if (reported !== undefined && typeof v129 == "string" && laterThan(v129, reported)) return false;
            const v130 = v128.delistingDate;
            if (reported !== undefined && typeof v130 == "string" && laterThan(v130, reported)) return false;
          }
        }
        const v131 = v124.identifiers;
        if (Array.isArray(v131)) for (let i132 = 0; i132 < v131.length; i132++) {
          const v133 = v131[i132];
          if (v133 !== null && typeof v133 == "object" && !Array.isArray(v133)) {
            const v134 = v133.platform;
            if (Array.isArray(v134)) { for (const s of v134) if (typeof s == "string" && !PLAIN_CODES7.has(s)) return false; } else if (typeof v134 == "string" && !PLAIN_CODES7.has(v134)) return false;
            const v135 = v133.value;
            if (open && v135 !== undefined && !((v135 !== null && typeof v135 == "object" && !Array.isArray(v135)) && Object.hasOwn(v135, "missing"))) return false;
          }
        }
        const v136 = v124.fullName;
        if (open && v136 !== undefined && !((v136 !== null && typeof v136 == "object" && !Array.isArray(v136)) && Object.hasOwn(v136, "missing"))) return false;
      }
    }
    const v137 = report.exploitationPlatforms;
    if (Array.isArray(v137)) { for (const s of v137) if (typeof s == "string" && !PLAIN_CODES7.has(s)) return false; } else if (typeof v137 == "string" && !PLAIN_CODES7.has(v137)) return false;
    const v138 = report.victimCountBand;
    if (Array.isArray(v138)) { for (const s of v138) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof v138 == "string" && DEPRECATED_CODES2.has(v138)) return false;
    const v139 = report.perpetratorCountBand;
    if (Array.isArray(v139)) { for (const s of v139) if (typeof s == "string" && DEPRECATED_CODES2.has(s)) return false; } else if (typeof v139 == "string" && DEPRECATED_CODES2.has(v139)) return false;
    const v140 = report.estimatedProceeds;
    if (v140 !== null && typeof v140 == "object" && Object.hasOwn(v140, "currency")) { const part = v140.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES3.has(part)) return false; }
    const v141 = report.recruitment;
    if (v141 !== null && typeof v141 == "object" && !Array.isArray(v141)) {
      const v142 = v141.recruitmentPlatforms;
      if (Array.isArray(v142)) { for (const s of v142) if (typeof s == "string" && !PLAIN_CODES7.has(s)) return false; } else if (typeof v142 == "string" && !PLAIN_CODES7.has(v142)) return false;
      const v143 = v141.promisedPay;
      if (v143 !== null && typeof v143 == "object" && Object.hasOwn(v143, "currency")) { const part = v143.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES3.has(part)) return false; }
      const v144 = v141.actualPay;
      if (v144 !== null && typeof v144 == "object" && Object.hasOwn(v144, "currency")) { const part = v144.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES3.has(part)) return false; }
      const v145 = v141.recruitmentFee;
      if (v145 !== null && typeof v145 == "object" && Object.hasOwn(v145, "currency")) { const part = v145.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES3.has(part)) return false; }
      const v146 = v141.ransom;
      if (v146 !== null && typeof v146 == "object" && !Array.isArray(v146)) {
        const v147 = v146.amount;
        if (v147 !== null && typeof v147 == "object" && Object.hasOwn(v147, "currency")) { const part = v147.currency; if (Array.isArray(part)) { for (const s of part) if (typeof s == "string" && DEPRECATED_CODES3.has(s)) return false; } else if (typeof part == "string" && DEPRECATED_CODES3.has(part)) return false; }
      }
    }
    const v148 = report.scamCompound;
    if (v148 !== null && typeof v148 == "object" && !Array.isArray(v148)) {
      const v149 = v148.jobAdPlatforms;
      if (Array.isArray(v149)) { for (const s of v149) if (typeof s == "string" && !PLAIN_CODES7.has(s)) return false; } else if (typeof v149 == "string" && !PLAIN_CODES7.has(v149)) return false;
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
