/**
 * The district and province on a generated title, read from the user's own title line: whatever
 * prefix the user typed (อำเภอ, อ., จังหวัด, จ.), the printed line names the place in full and
 * never drops a word of its name — "เมือง…" is part of a district's name, not a prefix.
 * Each case names its seed.
 */
import { organizationFromTitles } from "../../../src/domain/read/organization";
import { locationLine } from "../../../src/domain/report/common";
import type { TextOptions } from "../../../src/domain/report/options";
import { randomCases } from "../../support/random-cases";

const TH: TextOptions = { lang: "th", thaiDigits: false, era: "be" };
const EN: TextOptions = { lang: "en", thaiDigits: false, era: "be" };

const DISTRICTS = [
  "เมืองขอนแก่น",
  "เมืองสุโขทัย",
  "เมืองเชียงใหม่",
  "เมือง",
  "ศรีบุญเรือง",
  "กันทรารมย์",
  "สตึก",
  "บ้านเมือง",
  "เขาย้อย",
];
const PROVINCES = ["ขอนแก่น", "สุโขทัย", "เชียงใหม่", "บุรีรัมย์", "ศรีสะเกษ", "หนองบัวลำภู"];
const ORGS = ["องค์การบริหารส่วนตำบลคำเนียม", "เทศบาลตำบลเมืองใหม่", "อบต.เมืองเก่า"];

function titleLine(seed: number): { text: string; district: string; province: string } {
  const r = randomCases(seed);
  const district = r.pick(DISTRICTS);
  const province = r.pick(PROVINCES);
  const dPrefix = r.pick(["อำเภอ", "อ.", "อำเภอ "]);
  const pPrefix = r.pick(["จังหวัด", "จ.", "จังหวัด "]);
  const parts = [`${dPrefix}${district}`, `${pPrefix}${province}`];
  if (r.chance(0.5)) parts.unshift(r.pick(ORGS));
  return { text: parts.join(r.pick([" ", "  "])), district, province };
}

describe("the location line of a generated title", () => {
  it.each(Array.from({ length: 60 }, (_, i) => i + 1))(
    "seed %i: keeps the whole district and province name with one official prefix",
    (seed) => {
      const { text, district, province } = titleLine(seed);
      const org = organizationFromTitles([{ text, ref: { sheet: "S", row: 0, col: 0 } }]);
      expect(org.district).toBe(district);
      expect(org.province).toBe(province);
      expect(locationLine(org, TH)).toBe(`อำเภอ${district} จังหวัด${province}`);
      expect(locationLine(org, EN)).toBe(`${district} District, ${province} Province`);
    }
  );

  it("keeps a prefix the user typed into the district or province field", () => {
    expect(locationLine({ district: "อ.เมืองน่าน", province: "จ.น่าน" }, TH)).toBe("อ.เมืองน่าน จ.น่าน");
    expect(locationLine({ district: "เมืองน่าน", province: "น่าน" }, TH)).toBe(
      "อำเภอเมืองน่าน จังหวัดน่าน"
    );
    expect(locationLine({}, TH)).toBe("");
  });
});
