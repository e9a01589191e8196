import { joinList } from "../../../src/domain/thai/lists";

describe("joinList", () => {
  it("joins Thai items with spaces and และ before the last, a space before Latin text", () => {
    expect(joinList(["กองคลัง"], "th")).toBe("กองคลัง");
    expect(joinList(["กองคลัง", "กองช่าง"], "th")).toBe("กองคลัง และกองช่าง");
    expect(joinList(["O3", "O8", "O17"], "th")).toBe("O3 O8 และ O17");
  });

  it("joins English items with commas and and", () => {
    expect(joinList(["O3", "O8"], "en")).toBe("O3 and O8");
    expect(joinList(["O3", "O8", "O17"], "en")).toBe("O3, O8, and O17");
  });
});
