import type { Entry } from "./format";

/**
 * Texts of the `ita` command line. Placeholders: {path}, {option}, {value}, {choices},
 * {year}, {from}, {to}, {score}, {fromScore}, {toScore}, {diff}, {pct}, {level}, {tool},
 * {no}, {name}, {cell}, {message}, {count}.
 */
export const cliMessages = {
  "cli.usage": {
    th: [
      "ITA Analyzer — วิเคราะห์ผลการประเมิน ITA จากไฟล์ Excel",
      "",
      "วิธีใช้:",
      "  ita analyze INPUT.xlsx -o OUTPUT.xlsx [ตัวเลือก]",
      "",
      "ตัวเลือก:",
      "  -o, --output FILE    ไฟล์ผลลัพธ์ (ต้องไม่ใช่ไฟล์เดียวกับ INPUT ซึ่งจะไม่ถูกแก้ไข)",
      "      --json FILE      บันทึกผลการวิเคราะห์เป็น JSON ด้วย",
      "      --from YEAR      ปีที่ใช้เปรียบเทียบ (พ.ศ. เช่น 2567 หรือ ค.ศ. เช่น 2024)",
      "      --to YEAR        ปีที่วิเคราะห์ (ค่าเริ่มต้น: ปีล่าสุดที่พบ)",
      "      --threshold N    เกณฑ์คะแนนที่ถือว่าต่ำ (ค่าเริ่มต้น 85)",
      "      --lang th|en     ภาษาของชีตที่สร้างและข้อความ (ค่าเริ่มต้น th)",
      "      --thai-digits    ใช้เลขไทยในข้อความของชีตที่สร้าง",
      "      --era be|ce      แสดงปีเป็น พ.ศ. หรือ ค.ศ. (ค่าเริ่มต้น be)",
      "      --measures       เพิ่มชีตมาตรการ",
      "      --layout a|b|c   รูปแบบตารางมาตรการ",
      "      --report-info FILE  ข้อมูลประกอบรายงาน (JSON: วันที่ประกาศผล ผู้จัดทำ ผู้ตรวจสอบ ผู้อนุมัติ บทนำ)",
      "      --weaknesses-only   มาตรการในรายงานเฉพาะตัวชี้วัดที่เป็นจุดอ่อน (ค่าเริ่มต้น: ครบ 10 ตัวชี้วัด)",
      "  -h, --help           แสดงวิธีใช้นี้",
      "",
      "รหัสออก: 0 สำเร็จ, 2 ไฟล์หรือข้อมูลนำเข้ามีปัญหา หรือเขียนไฟล์ไม่ได้, 1 ข้อผิดพลาดภายในโปรแกรม",
    ].join("\n"),
    en: [
      "ITA Analyzer — analyse ITA results from an Excel file",
      "",
      "Usage:",
      "  ita analyze INPUT.xlsx -o OUTPUT.xlsx [options]",
      "",
      "Options:",
      "  -o, --output FILE    result workbook (must differ from INPUT, which is never modified)",
      "      --json FILE      also write the analysis as JSON",
      "      --from YEAR      year to compare with (Buddhist era, e.g. 2567, or Common era, e.g. 2024)",
      "      --to YEAR        year to analyse (default: the latest found)",
      "      --threshold N    score below which an item counts as weak (default 85)",
      "      --lang th|en     language of the generated sheets and messages (default th)",
      "      --thai-digits    write Thai digits in the generated sheets' text",
      "      --era be|ce      show years as Buddhist era or Common era (default be)",
      "      --measures       add the measures sheet",
      "      --layout a|b|c   layout of the measures table",
      "      --report-info FILE  report details (JSON: announcement date, prepared/reviewed/approved by, introduction)",
      "      --weaknesses-only   report measures for weak indicators only (default: all ten indicators)",
      "  -h, --help           show this help",
      "",
      "Exit codes: 0 success, 2 problems in the input or with the files, 1 internal error",
    ].join("\n"),
  },
  "cli.args.unknownCommand": {
    th: "ไม่รู้จักคำสั่ง “{value}” (มีเฉพาะ analyze) ดูวิธีใช้ด้วย --help",
    en: "Unknown command “{value}” (only analyze exists). See --help.",
  },
  "cli.args.invalid": {
    th: "ตัวเลือกไม่ถูกต้อง: {message} ดูวิธีใช้ด้วย --help",
    en: "Invalid options: {message}. See --help.",
  },
  "cli.args.missingInput": {
    th: "กรุณาระบุไฟล์ Excel ที่จะวิเคราะห์ เช่น ita analyze คะแนน.xlsx -o ผล.xlsx",
    en: "Name the Excel file to analyse, e.g. ita analyze scores.xlsx -o result.xlsx.",
  },
  "cli.args.missingOutput": {
    th: "กรุณาระบุไฟล์ผลลัพธ์ด้วย -o OUTPUT.xlsx",
    en: "Name the result file with -o OUTPUT.xlsx.",
  },
  "cli.args.badYear": {
    th: "{option} ต้องเป็นปี พ.ศ. (เช่น 2568) หรือ ค.ศ. (เช่น 2025) แต่ได้รับ “{value}”",
    en: "{option} must be a Buddhist-era year (e.g. 2568) or a Common-era year (e.g. 2025), not “{value}”.",
  },
  "cli.args.badThreshold": {
    th: "--threshold ต้องเป็นตัวเลขระหว่าง 0 ถึง 100 แต่ได้รับ “{value}”",
    en: "--threshold must be a number from 0 to 100, not “{value}”.",
  },
  "cli.args.badChoice": {
    th: "{option} ต้องเป็นหนึ่งใน {choices} แต่ได้รับ “{value}”",
    en: "{option} must be one of {choices}, not “{value}”.",
  },
  "cli.sameFile": {
    th: "ไฟล์ผลลัพธ์ต้องไม่ใช่ไฟล์เดียวกับไฟล์นำเข้า ({path}) เพราะไฟล์นำเข้าจะไม่ถูกแก้ไข",
    en: "The result file must not be the input file ({path}); the input is never modified.",
  },
  "cli.cannotRead": {
    th: "เปิดไฟล์ {path} เป็นสมุดงาน .xlsx ไม่ได้: {message}",
    en: "Cannot open {path} as an .xlsx workbook: {message}",
  },
  "cli.inputProblems": {
    th: "ข้อมูลในไฟล์มีปัญหา {count} รายการ จึงไม่ได้เขียนไฟล์ผลลัพธ์:",
    en: "The input has {count} problem(s), so no result was written:",
  },
  "cli.severity.error": { th: "ข้อผิดพลาด", en: "error" },
  "cli.severity.warning": { th: "คำเตือน", en: "warning" },
  "cli.severity.info": { th: "หมายเหตุ", en: "note" },
  "cli.written": {
    th: "บันทึกผลการวิเคราะห์ไว้ที่ {path}",
    en: "Analysis written to {path}",
  },
  "cli.jsonWritten": {
    th: "บันทึกผลแบบ JSON ไว้ที่ {path}",
    en: "JSON written to {path}",
  },
  "cli.sheetsAdded": {
    th: "ชีตที่เพิ่ม: {value}",
    en: "Sheets added: {value}",
  },
  "cli.overallChange": {
    th: "คะแนนภาพรวม ปี {from} {fromScore} → ปี {to} {toScore} (ผลต่าง {diff} คะแนน, ร้อยละ {pct}) ระดับ {level}",
    en: "Overall score {from} {fromScore} → {to} {toScore} (change {diff} points, {pct}%), level {level}",
  },
  "cli.overallSingle": {
    th: "คะแนนภาพรวม ปี {year} {score} ระดับ {level}",
    en: "Overall score {year} {score}, level {level}",
  },
  "cli.weakestHeading": {
    th: "ตัวชี้วัดที่คะแนนต่ำสุดของแต่ละเครื่องมือ (ปี {year}):",
    en: "Weakest indicator of each tool ({year}):",
  },
  "cli.weakestItem": {
    th: "  {tool}: ตัวชี้วัดที่ {no} {name} {score}",
    en: "  {tool}: indicator {no} {name} {score}",
  },
  "cli.problemsHeading": {
    th: "ข้อสังเกต {count} รายการ:",
    en: "{count} note(s):",
  },
  "cli.input.missing": {
    th: "ไม่พบไฟล์ {path} กรุณาตรวจสอบชื่อและตำแหน่งของไฟล์",
    en: "{path} does not exist. Check the file's name and folder.",
  },
  "cli.input.notFile": {
    th: "{path} ไม่ใช่ไฟล์ปกติ (เป็นโฟลเดอร์หรืออุปกรณ์) กรุณาระบุไฟล์ .xlsx",
    en: "{path} is not an ordinary file (it is a folder or a device). Name an .xlsx file.",
  },
  "cli.input.empty": {
    th: "ไฟล์ {path} ว่างเปล่า (ขนาด 0 ไบต์) กรุณาคัดลอกหรือดาวน์โหลดไฟล์อีกครั้ง",
    en: "{path} is empty (0 bytes). Copy or download the file again.",
  },
  "cli.input.encrypted": {
    th: "ไฟล์ {path} มีการกำหนดรหัสผ่าน โปรแกรมจึงอ่านไม่ได้ กรุณาเปิดไฟล์ใน Excel แล้วยกเลิกรหัสผ่าน (ไฟล์ › ข้อมูล › ป้องกันเวิร์กบุ๊ก › เข้ารหัสด้วยรหัสผ่าน แล้วลบรหัสผ่านออก) บันทึกไฟล์ แล้วเรียกใช้คำสั่งนี้อีกครั้ง",
    en: "{path} is protected by a password, so it cannot be read. Remove the password in Excel (File › Info › Protect Workbook › Encrypt with Password, then clear it), save, then run this command again.",
  },
  "cli.input.legacyXls": {
    th: "ไฟล์ {path} เป็นไฟล์ Excel รุ่นเก่า (.xls ของ Excel 97–2003) กรุณาเปิดใน Excel แล้วบันทึกเป็น “เวิร์กบุ๊ก Excel (*.xlsx)” แล้วเรียกใช้คำสั่งนี้กับไฟล์ใหม่",
    en: "{path} is an old-format Excel file (.xls, Excel 97–2003). Open it in Excel, save it as “Excel Workbook (*.xlsx)”, then run this command on the new file.",
  },
  "cli.input.xlsb": {
    th: "ไฟล์ {path} เป็นเวิร์กบุ๊กแบบไบนารี (.xlsb) กรุณาเปิดใน Excel แล้วบันทึกเป็น “เวิร์กบุ๊ก Excel (*.xlsx)” แล้วเรียกใช้คำสั่งนี้กับไฟล์ใหม่",
    en: "{path} is a binary workbook (.xlsb). Open it in Excel, save it as “Excel Workbook (*.xlsx)”, then run this command on the new file.",
  },
  "cli.input.ods": {
    th: "ไฟล์ {path} เป็นสเปรดชีต OpenDocument (.ods) กรุณาเปิดใน LibreOffice Calc หรือ Excel แล้วบันทึกเป็น .xlsx แล้วเรียกใช้คำสั่งนี้กับไฟล์ใหม่",
    en: "{path} is an OpenDocument spreadsheet (.ods). Open it in LibreOffice Calc or Excel, save it as .xlsx, then run this command on the new file.",
  },
  "cli.input.text": {
    th: "ไฟล์ {path} เป็นไฟล์ข้อความ (เช่น CSV หรือหน้าเว็บ) ไม่ใช่เวิร์กบุ๊ก Excel กรุณาเปิดใน Excel แล้วบันทึกเป็น “เวิร์กบุ๊ก Excel (*.xlsx)” แล้วเรียกใช้คำสั่งนี้กับไฟล์ใหม่",
    en: "{path} is a text file (such as CSV or a web page), not an Excel workbook. Open it in Excel, save it as “Excel Workbook (*.xlsx)”, then run this command on the new file.",
  },
  "cli.input.truncated": {
    th: "ไฟล์ {path} ไม่สมบูรณ์ (ส่วนท้ายของไฟล์ขาดหายไป มักเกิดจากการคัดลอกหรือดาวน์โหลดไม่ครบ) กรุณาคัดลอกหรือดาวน์โหลดไฟล์อีกครั้ง",
    en: "{path} is incomplete (its end is missing, usually from an interrupted copy or download). Copy or download the file again.",
  },
  "cli.input.tooLarge": {
    th: "ไฟล์ {path} ระบุว่ามี {parts} ส่วน ขนาดเมื่อขยายรวม {size} MB ซึ่งเกินขีดจำกัด ({maxParts} ส่วน, {maxSize} MB) โปรแกรมจึงไม่เปิดไฟล์นี้",
    en: "{path} declares {parts} parts and {size} MB when unpacked, over the limits ({maxParts} parts, {maxSize} MB), so it was not opened.",
  },
  "cli.input.otherZip": {
    th: "ไฟล์ {path} เป็นไฟล์บีบอัดที่ไม่ใช่เวิร์กบุ๊ก Excel (เช่น เอกสาร Word หรือไฟล์ zip) กรุณาระบุไฟล์ .xlsx",
    en: "{path} is a compressed file that is not an Excel workbook (a Word document or a zip archive, for example). Name an .xlsx file.",
  },
  "cli.input.unknown": {
    th: "ไฟล์ {path} ไม่ใช่เวิร์กบุ๊ก Excel (.xlsx) กรุณาเปิดใน Excel แล้วบันทึกเป็น .xlsx",
    en: "{path} is not an Excel workbook (.xlsx). Open it in Excel and save it as .xlsx.",
  },
  "cli.output.extension": {
    th: "ไฟล์ผลลัพธ์ต้องมีนามสกุล .xlsx ({path}) เนื่องจากผลลัพธ์เป็นเวิร์กบุ๊กที่ไม่มีแมโคร และ Excel จะไม่เปิดไฟล์ที่นามสกุลไม่ตรงกับเนื้อหา",
    en: "The result file must end in .xlsx ({path}): the result is a workbook without macros, and Excel refuses a file whose extension does not match its content.",
  },
  "cli.target.isFolder": {
    th: "{path} เป็นโฟลเดอร์ กรุณาระบุชื่อไฟล์",
    en: "{path} is a folder. Name a file.",
  },
  "cli.target.notRegular": {
    th: "{path} ไม่ใช่ไฟล์ปกติ (เช่น อุปกรณ์อย่าง /dev/null) กรุณาระบุชื่อไฟล์",
    en: "{path} is not an ordinary file (a device such as /dev/null, for example). Name a file.",
  },
  "cli.jsonIsOutput": {
    th: "--json และ -o ระบุไฟล์เดียวกัน ({path}) กรุณาใช้ชื่อไฟล์ที่ต่างกัน",
    en: "--json and -o name the same file ({path}). Give them different names.",
  },
  "cli.write.nothingWritten": {
    th: "เขียนไฟล์ {path} ไม่ได้: {reason} จึงไม่ได้เขียนไฟล์ใดเลย และไฟล์นำเข้าไม่ถูกแก้ไข",
    en: "Could not write {path}: {reason}. Nothing was written, and the input is unchanged.",
  },
  "cli.write.partial": {
    th: "บันทึกเวิร์กบุ๊กไว้ที่ {written} แล้ว แต่เขียนไฟล์ JSON {path} ไม่ได้: {reason} กรุณาเรียกใช้อีกครั้งโดยระบุ --json เป็นไฟล์อื่น",
    en: "The workbook was written to {written}, but the JSON {path} was not: {reason}. Run again with another --json file to get it.",
  },
  "cli.interrupted": {
    th: "การทำงานถูกยกเลิก ลบไฟล์ชั่วคราวแล้ว และไม่ได้เขียนไฟล์ผลลัพธ์",
    en: "Interrupted: temporary files were removed and no result was written.",
  },
  "cli.os.isFolder": { th: "ปลายทางเป็นโฟลเดอร์", en: "the target is a folder" },
  "cli.os.noPermission": {
    th: "ไม่มีสิทธิ์เขียนในโฟลเดอร์หรือไฟล์นี้",
    en: "there is no permission to write there",
  },
  "cli.os.diskFull": {
    th: "พื้นที่ดิสก์เต็ม หรือไฟล์ใหญ่เกินกว่าที่ระบบอนุญาต",
    en: "the disk is full, or the file is larger than the system allows",
  },
  "cli.os.readOnly": { th: "ระบบไฟล์เป็นแบบอ่านอย่างเดียว", en: "the file system is read-only" },
  "cli.os.notFolder": {
    th: "บางส่วนของเส้นทางเป็นไฟล์ ไม่ใช่โฟลเดอร์",
    en: "part of the path is a file, not a folder",
  },
  "cli.os.other": { th: "ระบบแจ้งข้อผิดพลาด {code}", en: "the system reported {code}" },
  "cli.internalError": {
    th: "ข้อผิดพลาดภายในโปรแกรม: {message}",
    en: "Internal error: {message}",
  },
} satisfies Record<string, Entry>;
