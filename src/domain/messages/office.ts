import type { Entry } from "./format";

/**
 * Texts raised by the Office adapter: niceties skipped on older Excel versions and plain-language
 * reasons why writing the analysis sheets failed. Placeholders: {name} (sheet or table name).
 */
export const officeMessages = {
  OFFICE_SKIPPED_VALIDATION: {
    th: "Excel รุ่นนี้ไม่รองรับรายการตัวเลือกในเซลล์ จึงไม่ได้ใส่รายการเลือกและการตรวจค่าที่กรอกในชีตมาตรการ",
    en: "This version of Excel does not support in-cell lists, so the drop-down lists and input checks on the measures sheet were left out.",
  },
  OFFICE_SKIPPED_PAGE_LAYOUT: {
    th: "Excel รุ่นนี้ไม่รองรับการตั้งค่าหน้ากระดาษผ่านโปรแกรมเสริม จึงไม่ได้ตั้งขนาด A4 แนวกระดาษ และหัวตารางที่พิมพ์ซ้ำทุกหน้า",
    en: "This version of Excel does not let add-ins set up printing, so A4 paper, orientation and repeated title rows were not set.",
  },
  OFFICE_HOST_TOO_OLD: {
    th: "Excel รุ่นนี้เก่าเกินไปสำหรับ ITA Analyzer กรุณาใช้ Microsoft 365, Excel 2019 ขึ้นไป หรือ Excel บนเว็บ",
    en: "This version of Excel is too old for ITA Analyzer. Please use Microsoft 365, Excel 2019 or later, or Excel on the web.",
  },
  OFFICE_WORKBOOK_PROTECTED: {
    th: "สมุดงานนี้ถูกป้องกันโครงสร้างไว้ จึงเพิ่มชีตใหม่ไม่ได้ กรุณายกเลิกการป้องกันสมุดงาน (แท็บรีวิว) แล้วลองอีกครั้ง",
    en: "This workbook's structure is protected, so no sheets can be added. Unprotect the workbook (Review tab) and try again.",
  },
  OFFICE_SHEET_NAME_TAKEN: {
    th: "มีชีตชื่อ “{name}” อยู่แล้ว จึงไม่ได้เขียนผลการวิเคราะห์ และไม่มีการเปลี่ยนแปลงใด ๆ ในสมุดงาน",
    en: "A sheet named “{name}” already exists, so the analysis was not written and the workbook was left unchanged.",
  },
  OFFICE_NOT_GENERATED: {
    th: "ชีต “{name}” ไม่ได้สร้างโดย ITA Analyzer จึงไม่เขียนทับ และไม่มีการเปลี่ยนแปลงใด ๆ ในสมุดงาน",
    en: "The sheet “{name}” was not created by ITA Analyzer, so it was not replaced and the workbook was left unchanged.",
  },
  OFFICE_WRITE_FAILED: {
    th: "Excel เขียนชีตผลการวิเคราะห์ไม่สำเร็จ ระบบลบสิ่งที่เพิ่งสร้างออกแล้ว สมุดงานจึงเหมือนเดิม กรุณาลองอีกครั้ง",
    en: "Excel could not write the analysis sheets. Everything this run created was removed, so the workbook is as it was. Please try again.",
  },
  OFFICE_CLEANUP_FAILED: {
    th: "Excel เขียนชีตผลการวิเคราะห์ไม่สำเร็จ และลบชีตชั่วคราวที่สร้างไว้ไม่ได้ ชีตต่อไปนี้อาจยังคงอยู่ในสมุดงาน: {sheets} ระบบจะลบชีตชั่วคราวดังกล่าวให้โดยอัตโนมัติเมื่อสั่งสร้างผลการวิเคราะห์ครั้งถัดไป หรือท่านจะลบด้วยตนเองก็ได้ ชีตเดิมของท่านไม่ถูกแก้ไข",
    en: "Excel could not write the analysis sheets, and could not remove the temporary sheets it had made. These sheets may remain in the workbook: {sheets}. The next time you create the analysis, the temporary ones are removed automatically; you may also delete them yourself. Your own sheets were not changed.",
  },
  OFFICE_FINISH_FAILED: {
    th: "Excel เขียนผลการวิเคราะห์ใหม่ลงในชีตเดิม ({names}) ได้ไม่ครบ เนื่องจากการเชื่อมต่อกับ Excel ขัดข้อง กรุณาสั่งสร้างผลการวิเคราะห์อีกครั้งเพื่อให้ชีตดังกล่าวสมบูรณ์ ชีตชั่วคราวต่อไปนี้อาจยังคงอยู่และจะถูกลบในครั้งถัดไป: {sheets}",
    en: "Excel could not finish writing the new analysis into the earlier sheets ({names}) because the connection to Excel failed. Please create the analysis again to complete them. These temporary sheets may remain and will be removed next time: {sheets}",
  },
  OFFICE_READ_TOO_LARGE: {
    th: "ชีต “{name}” มีข้อมูลกระจายอยู่มากเกินกว่าที่โปรแกรมเสริมจะอ่านได้ (ประมาณ {cells} เซลล์) กรุณาคัดลอกตารางคะแนนไปไว้ในชีตใหม่ แล้วลองอีกครั้ง",
    en: "The sheet “{name}” holds more scattered data than the add-in can read (about {cells} cells). Please copy the score tables to a new sheet and try again.",
  },
  OFFICE_SHOW_FAILED: {
    th: "ไปยังตำแหน่ง {name} ไม่ได้ ชีตหรือเซลล์นั้นอาจถูกลบหรือเปลี่ยนชื่อไปแล้ว",
    en: "Could not go to {name}. The sheet or cell may have been deleted or renamed.",
  },
  OFFICE_READ_FAILED: {
    th: "อ่านข้อมูลจากสมุดงานไม่สำเร็จ กรุณาลองอีกครั้ง",
    en: "The workbook could not be read. Please try again.",
  },
} satisfies Record<string, Entry>;

export type OfficeMessageId = keyof typeof officeMessages;
