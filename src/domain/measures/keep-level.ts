/**
 * A "keep the level" measure for one strong indicator: the tool's keep-level measure of the
 * catalogue (its finding, steps, units and follow-up), titled with the indicator's own name so
 * that every indicator the plan keeps has its own numbered row, as published measures do.
 */
import type { IndicatorResult } from "../model";
import { keepLevelMeasuresFor } from "./catalogue";
import type { CatalogueMeasure } from "./catalogue-types";
import { fixed2 } from "../numbers";

/** Row key of the keep-level measure of an indicator ("keep-ind9"). */
export function keepLevelKey(no: number): string {
  return `keep-ind${no}`;
}

export function keepLevelMeasureFor(row: IndicatorResult): CatalogueMeasure | undefined {
  const base = keepLevelMeasuresFor(row.no)[0];
  if (!base) return undefined;
  return {
    ...base,
    id: keepLevelKey(row.no),
    indicators: [row.no],
    title: {
      th: `มาตรการรักษาระดับผลการดำเนินงานด้าน${row.name}`,
      en: `Keep the level: ${row.nameEn}`,
    },
    target: row.to === undefined ? base.target : keepScore(row.no, row.to),
  };
}

/** The indicator's own score to keep, rather than its tool's. */
function keepScore(no: number, score: number): CatalogueMeasure["target"] {
  if (score >= 100)
    return {
      kind: "score",
      text: {
        th: `ตัวชี้วัดที่ ${no} ได้คะแนนเต็ม 100 คะแนนในการประเมินปีถัดไป`,
        en: `indicator ${no} keeps full marks (100) in next year's assessment`,
      },
    };
  const figure = fixed2(score);
  return {
    kind: "score",
    text: {
      th: `คะแนนตัวชี้วัดที่ ${no} ในการประเมินปีถัดไปไม่ต่ำกว่า ${figure} คะแนน`,
      en: `indicator ${no} scores no lower than ${figure} in next year's assessment`,
    },
  };
}
