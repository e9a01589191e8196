/**
 * The catalogue of measures, written by us for this project (Thai with English alongside).
 * Question codes follow ../shared/ita-domain.md; 2568 codes are [likely], older ones are listed
 * only where the meaning of the item is known.
 */
import type { CatalogueMeasure } from "./catalogue-types";

const FY = { kind: "fiscalYear" } as const;
const HALF = { kind: "halfYear" } as const;
const Q1 = { kind: "quarters", from: 1, to: 1 } as const;
const Q2 = { kind: "quarters", from: 2, to: 2 } as const;
const Q12 = { kind: "quarters", from: 1, to: 2 } as const;
const Q23 = { kind: "quarters", from: 2, to: 3 } as const;

export const CATALOGUE: readonly CatalogueMeasure[] = [
  /* ---------------------------------------------------------------- 1 การปฏิบัติหน้าที่ */
  {
    id: "ind1-service-manual",
    indicators: [1],
    questions: { "2568-": ["i1", "i3"] },
    kind: "measure",
    priority: 1,
    title: {
      th: "มาตรการปฏิบัติงานตามคู่มือ ขั้นตอน และระยะเวลาที่ประกาศไว้",
      en: "Work to the published manual, steps and service times",
    },
    finding: {
      th: "บุคลากรบางส่วนเห็นว่างานบางเรื่องยังไม่เป็นไปตามขั้นตอนและระยะเวลาที่หน่วยงานกำหนด",
      en: "Some staff see that certain tasks do not follow the steps and times the organisation has set.",
    },
    steps: [
      {
        th: "ให้แต่ละกองทบทวนคู่มือการปฏิบัติงานและคู่มือบริการประชาชนของงานที่รับผิดชอบ",
        en: "Each division reviews the work manuals and public service manuals of its own tasks",
      },
      {
        th: "ระบุขั้นตอน ผู้รับผิดชอบ และระยะเวลาแล้วเสร็จของแต่ละงานให้ชัดเจน",
        en: "State the steps, the person in charge and the completion time of each task",
      },
      {
        th: "เผยแพร่คู่มือบนเว็บไซต์และติดประกาศ ณ จุดให้บริการ",
        en: "Publish the manuals on the website and post them at the service counters",
      },
      {
        th: "หัวหน้าส่วนราชการสุ่มตรวจงานที่ล่าช้ากว่ากำหนดทุกไตรมาส",
        en: "Heads of division spot-check late tasks every quarter",
      },
    ],
    responsible: ["all"],
    timeline: Q12,
    followUp: {
      th: "คู่มือของทุกงานที่ปรับปรุงและเผยแพร่ และผลการสุ่มตรวจงานรายไตรมาส",
      en: "The revised and published manuals of every task, and the quarterly spot-check results",
    },
    target: {
      kind: "percent",
      atLeast: 90,
      of: {
        th: "งานที่แล้วเสร็จตามระยะเวลาที่กำหนด",
        en: "tasks finished within the set time",
      },
    },
  },
  {
    id: "ind1-equal-treatment",
    indicators: [1],
    questions: { "2568-": ["i2"] },
    kind: "measure",
    priority: 2,
    title: {
      th: "มาตรการให้บริการอย่างเท่าเทียม ไม่เลือกปฏิบัติ",
      en: "Equal service without favouritism",
    },
    finding: {
      th: "ยังมีการรับรู้ว่าผู้มาติดต่อบางรายได้รับการปฏิบัติแตกต่างจากผู้อื่น",
      en: "Some contacts are perceived to be treated differently from others.",
    },
    steps: [
      {
        th: "ออกแนวปฏิบัติการให้บริการตามลำดับคิวและหลักเกณฑ์เดียวกันสำหรับทุกคน",
        en: "Issue a service rule: first come, first served, same criteria for everyone",
      },
      {
        th: "ชี้แจงแนวปฏิบัติในการประชุมประจำเดือนของบุคลากร",
        en: "Explain the rule at the monthly staff meeting",
      },
      {
        th: "เปิดช่องทางให้ผู้รับบริการแจ้งเมื่อพบการเลือกปฏิบัติ",
        en: "Open a channel for service users to report unequal treatment",
      },
    ],
    responsible: ["office", "all"],
    timeline: FY,
    followUp: {
      th: "แนวปฏิบัติที่ประกาศใช้ และทะเบียนเรื่องแจ้งการเลือกปฏิบัติพร้อมผลการดำเนินการ",
      en: "The rule as issued, and the register of reports of unequal treatment with the action taken",
    },
    target: {
      kind: "percent",
      atLeast: 100,
      of: {
        th: "เรื่องแจ้งการเลือกปฏิบัติที่ได้รับการแก้ไขและแจ้งผลให้ผู้แจ้งทราบ",
        en: "reports of unequal treatment resolved and answered",
      },
    },
  },
  {
    id: "ind1-ethics-training",
    indicators: [1],
    kind: "project",
    priority: 3,
    title: {
      th: "โครงการส่งเสริมประมวลจริยธรรมของเจ้าหน้าที่",
      en: "Code of ethics programme for staff",
    },
    finding: {
      th: "บุคลากรควรเข้าใจมาตรฐานทางจริยธรรมและนำไปใช้ในงานประจำวันมากขึ้น",
      en: "Staff should understand the ethical standards better and apply them in daily work.",
    },
    steps: [
      {
        th: "จัดอบรมประมวลจริยธรรมและกรณีตัวอย่างที่เกิดขึ้นจริงในงานท้องถิ่น",
        en: "Hold training on the code of ethics with real local-government cases",
      },
      {
        th: "ให้บุคลากรทุกคนลงนามรับทราบประมวลจริยธรรม",
        en: "Have every staff member sign that they have read the code",
      },
      {
        th: "ประเมินความเข้าใจหลังการอบรมและสรุปผลเสนอผู้บริหาร",
        en: "Test understanding after the training and report to the executives",
      },
    ],
    responsible: ["office"],
    timeline: Q2,
    followUp: {
      th: "รายชื่อผู้เข้ารับการอบรมและผลการประเมินความเข้าใจ",
      en: "The attendance list and the results of the understanding test",
    },
    target: {
      kind: "percent",
      atLeast: 80,
      of: {
        th: "บุคลากรที่เข้ารับการอบรมและผ่านการประเมินความเข้าใจ",
        en: "staff trained and passing the understanding test",
      },
    },
  },

  /* ---------------------------------------------------------------- 2 การใช้งบประมาณ */
  {
    id: "ind2-budget-participation",
    indicators: [2],
    questions: { "2568-": ["i4"] },
    kind: "measure",
    priority: 1,
    title: {
      th: "มาตรการให้บุคลากรมีส่วนร่วมในแผนการใช้จ่ายงบประมาณ",
      en: "Staff take part in the budget spending plan",
    },
    finding: {
      th: "บุคลากรบางส่วนยังไม่มั่นใจว่างบประมาณถูกใช้ตรงตามวัตถุประสงค์ที่ตั้งไว้",
      en: "Some staff are not sure the budget is spent on the purposes it was set for.",
    },
    steps: [
      {
        th: "เปิดให้ตัวแทนบุคลากรทุกกองร่วมจัดทำแผนการใช้จ่ายงบประมาณประจำปี",
        en: "Invite representatives of every division to draft the annual spending plan",
      },
      {
        th: "แจ้งแผนการใช้จ่ายที่อนุมัติแล้วให้บุคลากรทุกคนทราบ",
        en: "Share the approved spending plan with all staff",
      },
      {
        th: "รายงานผลการเบิกจ่ายเทียบกับแผนในที่ประชุมประจำไตรมาส",
        en: "Report spending against the plan at the quarterly meeting",
      },
      {
        th: "รับข้อสังเกตจากบุคลากรและตอบกลับเป็นลายลักษณ์อักษร",
        en: "Take staff comments and answer them in writing",
      },
    ],
    responsible: ["strategy", "finance"],
    timeline: FY,
    followUp: {
      th: "รายงานการประชุม แผนการใช้จ่ายที่เผยแพร่ และรายงานผลการเบิกจ่ายรายไตรมาส",
      en: "Meeting minutes, the published spending plan and quarterly spending reports",
    },
    target: {
      kind: "percent",
      atLeast: 100,
      of: {
        th: "ส่วนราชการที่มีผู้แทนร่วมจัดทำแผนการใช้จ่ายงบประมาณ",
        en: "divisions represented in preparing the spending plan",
      },
    },
  },
  {
    id: "ind2-procurement-openness",
    indicators: [2],
    questions: { "2568-": ["i6"] },
    kind: "measure",
    priority: 2,
    title: {
      th: "มาตรการจัดซื้อจัดจ้างโปร่งใส ไม่เอื้อประโยชน์แก่ผู้ใด",
      en: "Open procurement that favours no one",
    },
    finding: {
      th: "ยังมีการรับรู้ว่าการจัดซื้อจัดจ้างบางครั้งอาจเอื้อประโยชน์แก่ผู้ประกอบการบางราย",
      en: "Some procurement is perceived as possibly favouring particular suppliers.",
    },
    steps: [
      {
        th: "เผยแพร่แผนการจัดซื้อจัดจ้างประจำปีภายในเวลาที่ระเบียบกำหนด",
        en: "Publish the annual procurement plan within the time the rules require",
      },
      {
        th: "ให้คณะกรรมการแต่ละชุดลงนามแสดงว่าไม่มีส่วนได้เสียกับผู้เสนอราคา",
        en: "Have every committee member declare no interest in any bidder",
      },
      {
        th: "สรุปผลการจัดซื้อจัดจ้างรายเดือนและเผยแพร่ต่อสาธารณะ",
        en: "Summarise procurement results monthly and publish them",
      },
    ],
    responsible: ["procurement"],
    timeline: FY,
    followUp: {
      th: "ประกาศแผนการจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างรายเดือน",
      en: "The published procurement plan and the monthly procurement summaries",
    },
    target: {
      kind: "percent",
      atLeast: 100,
      of: {
        th: "เดือนที่ประกาศสรุปผลการจัดซื้อจัดจ้างบนเว็บไซต์ของหน่วยงาน",
        en: "months whose procurement summary is published on the website",
      },
    },
  },
  {
    id: "ind2-spending-report",
    indicators: [2],
    questions: { "2568-": ["i5"] },
    kind: "activity",
    priority: 3,
    title: {
      th: "กิจกรรมรายงานการใช้จ่ายงบประมาณให้ตรวจสอบได้",
      en: "Spending reports anyone can check",
    },
    finding: {
      th: "ข้อมูลการเบิกจ่ายยังไม่ถูกสื่อสารให้บุคลากรและประชาชนติดตามได้สม่ำเสมอ",
      en: "Spending information is not shared regularly enough for staff and the public to follow.",
    },
    steps: [
      {
        th: "จัดทำรายงานการใช้จ่ายงบประมาณแยกตามแผนงานทุกไตรมาส",
        en: "Prepare a spending report by programme every quarter",
      },
      {
        th: "เผยแพร่รายงานบนเว็บไซต์และบอร์ดประชาสัมพันธ์",
        en: "Publish the report on the website and the notice board",
      },
      {
        th: "ให้หน่วยตรวจสอบภายในสอบทานรายงานก่อนเผยแพร่",
        en: "Have internal audit review each report before it is published",
      },
    ],
    responsible: ["finance", "audit"],
    timeline: FY,
    followUp: {
      th: "รายงานการใช้จ่ายงบประมาณรายไตรมาสที่เผยแพร่",
      en: "The quarterly spending reports as published",
    },
    target: {
      kind: "percent",
      atLeast: 100,
      of: {
        th: "รายงานการใช้จ่ายงบประมาณรายไตรมาสที่เผยแพร่ภายในเดือนถัดจากสิ้นไตรมาส",
        en: "quarterly spending reports published within the month after the quarter ends",
      },
    },
  },

  /* ---------------------------------------------------------------- 3 การใช้อำนาจ */
  {
    id: "ind3-fair-assignment",
    indicators: [3],
    questions: { "2568-": ["i7", "i8"] },
    kind: "measure",
    priority: 1,
    title: {
      th: "มาตรการมอบหมายงานและประเมินผลการปฏิบัติงานอย่างเป็นธรรม",
      en: "Fair work assignment and performance appraisal",
    },
    finding: {
      th: "บุคลากรบางส่วนเห็นว่าการมอบหมายงานหรือการประเมินผลยังไม่เป็นธรรมเพียงพอ",
      en: "Some staff see work assignment or appraisal as not fair enough.",
    },
    steps: [
      {
        th: "ประกาศหลักเกณฑ์การประเมินผลการปฏิบัติงานให้บุคลากรทราบก่อนเริ่มรอบการประเมิน",
        en: "Announce the appraisal criteria before each appraisal round begins",
      },
      {
        th: "แจ้งผลการประเมินรายบุคคลพร้อมเหตุผล และให้ผู้รับการประเมินลงนามรับทราบ",
        en: "Give each person their result with reasons and have them sign for it",
      },
      {
        th: "เปิดช่องทางขอทบทวนหรืออุทธรณ์ผลการประเมิน",
        en: "Provide a way to ask for review or appeal of the result",
      },
    ],
    responsible: ["office", "executives"],
    timeline: FY,
    followUp: {
      th: "ประกาศหลักเกณฑ์ เอกสารรับทราบผล และจำนวนคำขอทบทวนพร้อมผลพิจารณา",
      en: "Criteria announcement, signed results, and review requests with their outcomes",
    },
    target: {
      kind: "percent",
      atLeast: 100,
      of: {
        th: "คำขอทบทวนผลการประเมินที่ได้รับการพิจารณาและแจ้งผลภายในเวลาที่กำหนด",
        en: "review requests considered and answered within the set time",
      },
    },
  },
  {
    id: "ind3-personnel-transparency",
    indicators: [3],
    questions: { "2568-": ["i9"] },
    kind: "measure",
    priority: 2,
    title: {
      th: "มาตรการบริหารงานบุคคลโปร่งใส (บรรจุ แต่งตั้ง โยกย้าย เลื่อนขั้น)",
      en: "Transparent personnel management (hiring, appointment, transfer, promotion)",
    },
    finding: {
      th: "ยังมีการรับรู้ว่าการแต่งตั้งหรือโยกย้ายบางกรณีอาจมีการให้ประโยชน์ตอบแทน",
      en: "Some appointments or transfers are perceived as possibly involving favours in return.",
    },
    steps: [
      {
        th: "เผยแพร่หลักเกณฑ์และผลการคัดเลือก แต่งตั้ง และโยกย้ายทุกครั้ง",
        en: "Publish the criteria and results of every selection, appointment and transfer",
      },
      {
        th: "ประกาศห้ามเรียกรับประโยชน์ใดเพื่อแลกกับตำแหน่งหรือการโยกย้าย",
        en: "Announce a ban on taking any benefit in exchange for a post or transfer",
      },
      {
        th: "กำหนดช่องทางแจ้งเบาะแสที่คุ้มครองผู้แจ้ง",
        en: "Set up a reporting channel that protects whoever reports",
      },
    ],
    responsible: ["office"],
    timeline: Q12,
    followUp: {
      th: "ประกาศหลักเกณฑ์และผลการบริหารงานบุคคลที่เผยแพร่ และจำนวนเรื่องแจ้งเบาะแส",
      en: "Published personnel criteria and results, and number of reports received",
    },
    target: {
      kind: "percent",
      atLeast: 100,
      of: {
        th: "การบรรจุ แต่งตั้ง โยกย้าย และเลื่อนขั้นที่ประกาศหลักเกณฑ์และผลให้บุคลากรทราบ",
        en: "appointments, transfers and promotions whose criteria and results are announced to staff",
      },
    },
  },
  {
    id: "ind3-proper-orders",
    indicators: [3],
    kind: "measure",
    priority: 3,
    title: {
      th: "มาตรการป้องกันการสั่งการที่ไม่ชอบด้วยระเบียบหรือเพื่อประโยชน์ส่วนตน",
      en: "Preventing improper or self-serving orders",
    },
    finding: {
      th: "บุคลากรควรมั่นใจว่าจะไม่ถูกสั่งให้ทำงานส่วนตัวหรือสิ่งที่ขัดต่อระเบียบ",
      en: "Staff should be confident they will not be ordered to do private errands or rule-breaking work.",
    },
    steps: [
      {
        th: "ผู้บริหารออกหนังสือแนวทางการสั่งการที่ถูกต้องตามระเบียบ",
        en: "Executives issue written guidance on giving lawful orders",
      },
      {
        th: "แต่งตั้งผู้ให้คำปรึกษาด้านจริยธรรมที่บุคลากรปรึกษาได้โดยไม่เปิดเผยชื่อ",
        en: "Appoint ethics advisers staff can consult anonymously",
      },
      {
        th: "สรุปเรื่องที่ได้รับการปรึกษาและแนวทางแก้ไขเสนอผู้บริหารทุก 6 เดือน",
        en: "Report consultations and remedies to the executives every six months",
      },
    ],
    responsible: ["executives", "audit"],
    timeline: FY,
    followUp: {
      th: "หนังสือแนวทางที่ออก คำสั่งแต่งตั้งผู้ให้คำปรึกษา และรายงานสรุปทุก 6 เดือน",
      en: "Guidance issued, order appointing advisers, and six-monthly reports",
    },
    target: {
      kind: "none",
      success: {
        th: "ไม่มีเรื่องร้องเรียนการสั่งการโดยมิชอบที่ตรวจสอบแล้วพบว่ามีมูล",
        en: "no substantiated complaint of an improper order",
      },
    },
  },

  /* ---------------------------------------------------------------- 4 การใช้ทรัพย์สินของราชการ */
  {
    id: "ind4-borrowing-rules",
    indicators: [4],
    questions: { "2568-": ["i10", "i11"] },
    kind: "measure",
    priority: 1,
    title: {
      th: "มาตรการกำหนดขั้นตอนการยืมและใช้ทรัพย์สินของราชการ",
      en: "Clear rules for borrowing and using government property",
    },
    finding: {
      th: "บุคลากรบางส่วนยังไม่ทราบขั้นตอนการขออนุญาตยืมหรือใช้ทรัพย์สินของราชการ",
      en: "Some staff do not know how to ask permission to borrow or use government property.",
    },
    steps: [
      {
        th: "จัดทำคู่มือการยืมและคืนทรัพย์สินของราชการพร้อมแบบฟอร์ม",
        en: "Write a manual for borrowing and returning property, with forms",
      },
      {
        th: "จัดทำแผนภาพขั้นตอนที่อ่านเข้าใจง่ายและติดประกาศในสำนักงาน",
        en: "Make a one-page flow chart of the steps and post it in the office",
      },
      {
        th: "ชี้แจงให้บุคลากรทุกคนทราบและถือปฏิบัติ",
        en: "Brief all staff and require the steps to be followed",
      },
      {
        th: "บันทึกการยืมคืนในทะเบียนทุกครั้ง",
        en: "Record every loan and return in a register",
      },
    ],
    responsible: ["procurement"],
    timeline: Q1,
    followUp: {
      th: "คู่มือและแผนภาพที่ประกาศ และทะเบียนการยืมคืนที่เป็นปัจจุบัน",
      en: "The manual and flow chart as posted, and an up-to-date loan register",
    },
    target: {
      kind: "percent",
      atLeast: 100,
      of: {
        th: "การยืมทรัพย์สินของราชการที่บันทึกในทะเบียนและส่งคืนตามกำหนด",
        en: "loans of public property recorded in the register and returned on time",
      },
    },
  },
  {
    id: "ind4-property-oversight",
    indicators: [4],
    questions: { "2568-": ["i12"] },
    kind: "measure",
    priority: 2,
    title: {
      th: "มาตรการกำกับดูแลและตรวจสอบการใช้ทรัพย์สินของราชการ",
      en: "Oversight and checks on the use of government property",
    },
    finding: {
      th: "การกำกับดูแลไม่ให้นำทรัพย์สินของราชการไปใช้ส่วนตัวยังไม่เข้มแข็งพอ",
      en: "Oversight against private use of government property is not strong enough.",
    },
    steps: [
      {
        th: "ตรวจนับทรัพย์สินเทียบกับทะเบียนอย่างน้อยปีละครั้ง",
        en: "Count property against the register at least once a year",
      },
      {
        th: "ควบคุมการใช้ยานพาหนะด้วยสมุดบันทึกการใช้รถและการเบิกน้ำมัน",
        en: "Control vehicle use with trip logs and fuel records",
      },
      {
        th: "หน่วยตรวจสอบภายในสุ่มตรวจและรายงานข้อบกพร่องต่อผู้บริหาร",
        en: "Internal audit spot-checks and reports shortcomings to the executives",
      },
    ],
    responsible: ["procurement", "audit"],
    timeline: FY,
    followUp: {
      th: "รายงานการตรวจนับทรัพย์สิน สมุดบันทึกการใช้รถ และรายงานผลการสุ่มตรวจ",
      en: "Property count report, vehicle logs and spot-check reports",
    },
    target: {
      kind: "percent",
      atLeast: 100,
      of: {
        th: "ทรัพย์สินที่สุ่มตรวจซึ่งใช้ตรงตามทะเบียนและเพื่อประโยชน์ของทางราชการ",
        en: "property spot-checked and found used as registered and for official purposes",
      },
    },
  },
  {
    id: "ind4-property-awareness",
    indicators: [4],
    kind: "activity",
    priority: 3,
    title: {
      th: "กิจกรรมสร้างความเข้าใจการแยกทรัพย์สินราชการออกจากประโยชน์ส่วนตน",
      en: "Awareness: keeping government property apart from private use",
    },
    finding: {
      th: "บุคลากรบางส่วนยังแยกไม่ชัดว่ากรณีใดเป็นการใช้ทรัพย์สินของราชการเพื่อประโยชน์ส่วนตน",
      en: "Some staff cannot tell clearly when using government property becomes private use.",
    },
    steps: [
      {
        th: "รวบรวมกรณีตัวอย่างการใช้ทรัพย์สินที่ถูกและผิดระเบียบ",
        en: "Collect examples of proper and improper use of property",
      },
      {
        th: "เผยแพร่กรณีตัวอย่างผ่านการประชุมและกลุ่มสื่อสารภายใน",
        en: "Share the examples at meetings and in internal chat groups",
      },
      {
        th: "ทบทวนความเข้าใจด้วยแบบทดสอบสั้น ๆ",
        en: "Check understanding with a short quiz",
      },
    ],
    responsible: ["all"],
    timeline: Q2,
    followUp: {
      th: "สื่อที่เผยแพร่และผลการทดสอบความเข้าใจของบุคลากร",
      en: "The material shared and the staff's quiz results",
    },
    target: {
      kind: "percent",
      atLeast: 80,
      of: {
        th: "บุคลากรที่ผ่านแบบทดสอบความเข้าใจ",
        en: "staff passing the understanding quiz",
      },
    },
  },

  /* ---------------------------------------------------------------- 5 การแก้ไขปัญหาการทุจริต */
  {
    id: "ind5-executive-commitment",
    indicators: [5],
    questions: { "2568-": ["i13"] },
    kind: "measure",
    priority: 1,
    title: {
      th: "มาตรการผู้บริหารแสดงเจตนารมณ์และนโยบายต่อต้านการทุจริต",
      en: "Executives' public commitment and anti-corruption policy",
    },
    finding: {
      th: "บุคลากรยังเห็นความสำคัญที่ผู้บริหารให้กับการต่อต้านการทุจริตไม่ชัดเจนพอ",
      en: "Staff do not see clearly enough the priority executives give to fighting corruption.",
    },
    steps: [
      {
        th: "ผู้บริหารสูงสุดประกาศเจตนารมณ์ต่อต้านการทุจริตต่อบุคลากรและประชาชน",
        en: "The top executive declares the commitment against corruption to staff and the public",
      },
      {
        th: "กำหนดนโยบายและเป้าหมายการป้องกันการทุจริตประจำปี",
        en: "Set the year's anti-corruption policy and targets",
      },
      {
        th: "ติดตามผลตามเป้าหมายในที่ประชุมผู้บริหารทุกไตรมาส",
        en: "Track progress against the targets at every quarterly management meeting",
      },
    ],
    responsible: ["executives"],
    timeline: Q1,
    followUp: {
      th: "ประกาศเจตนารมณ์ นโยบายที่เผยแพร่ และรายงานการประชุมติดตามผล",
      en: "The declaration, the published policy and follow-up meeting minutes",
    },
    target: {
      kind: "none",
      success: {
        th: "ผู้บริหารประกาศเจตนารมณ์ต่อสาธารณะ และมีการประชุมติดตามผลตามนโยบายครบทุกรอบที่กำหนด",
        en: "a public declaration by the executives, and every follow-up meeting on the policy held as set",
      },
    },
  },
  {
    id: "ind5-complaint-handling",
    indicators: [5],
    questions: { "2568-": ["i14", "i15"] },
    kind: "measure",
    priority: 2,
    title: {
      th: "มาตรการจัดการเรื่องร้องเรียนการทุจริตและคุ้มครองผู้ร้องเรียน",
      en: "Handling corruption complaints and protecting complainants",
    },
    finding: {
      th: "บุคลากรบางส่วนยังไม่มั่นใจว่าเรื่องร้องเรียนจะได้รับการตรวจสอบจริงและผู้ร้องได้รับความคุ้มครอง",
      en: "Some staff doubt that complaints are really investigated and that complainants are protected.",
    },
    steps: [
      {
        th: "ปรับปรุงคู่มือการจัดการเรื่องร้องเรียนการทุจริตให้มีขั้นตอนและกำหนดเวลาชัดเจน",
        en: "Update the complaint-handling manual with clear steps and deadlines",
      },
      {
        th: "เปิดช่องทางร้องเรียนหลายช่องทาง รวมทั้งช่องทางที่ไม่ต้องเปิดเผยชื่อ",
        en: "Offer several complaint channels, including an anonymous one",
      },
      {
        th: "แจ้งผลการดำเนินการแก่ผู้ร้องเรียนภายในเวลาที่กำหนด",
        en: "Tell complainants the outcome within the set time",
      },
      {
        th: "สรุปสถิติเรื่องร้องเรียนและผลการดำเนินการเผยแพร่ทุก 6 เดือน",
        en: "Publish complaint statistics and outcomes every six months",
      },
    ],
    responsible: ["office"],
    timeline: FY,
    followUp: {
      th: "คู่มือฉบับปรับปรุง ช่องทางร้องเรียนที่ใช้งานได้ และรายงานสถิติทุก 6 เดือน",
      en: "Revised manual, working complaint channels and six-monthly statistics",
    },
    target: {
      kind: "percent",
      atLeast: 100,
      of: {
        th: "เรื่องร้องเรียนการทุจริตที่ได้รับการตรวจสอบและแจ้งผลแก่ผู้ร้องเรียนภายในเวลาที่กำหนด",
        en: "corruption complaints examined and answered within the set time",
      },
    },
  },
  {
    id: "ind5-conflict-of-interest",
    indicators: [5, 3],
    kind: "measure",
    priority: 3,
    title: {
      th: "มาตรการป้องกันผลประโยชน์ทับซ้อน",
      en: "Preventing conflicts of interest",
    },
    finding: {
      th: "บุคลากรควรแยกแยะประโยชน์ส่วนตนออกจากประโยชน์ส่วนรวมได้ชัดเจนยิ่งขึ้น",
      en: "Staff should separate private interest from public interest more clearly.",
    },
    steps: [
      {
        th: "ประเมินความเสี่ยงผลประโยชน์ทับซ้อนในงานอนุมัติ อนุญาต และจัดซื้อจัดจ้าง",
        en: "Assess conflict-of-interest risks in approvals, permits and procurement",
      },
      {
        th: "ให้ผู้เกี่ยวข้องยื่นแบบแสดงการมีส่วนได้เสียก่อนพิจารณาเรื่อง",
        en: "Require those involved to declare any interest before a matter is decided",
      },
      {
        th: "จัดกิจกรรมให้ความรู้เรื่องผลประโยชน์ทับซ้อนพร้อมกรณีศึกษา",
        en: "Run a learning session on conflicts of interest with case studies",
      },
    ],
    responsible: ["all"],
    timeline: HALF,
    followUp: {
      th: "ผลการประเมินความเสี่ยง แบบแสดงการมีส่วนได้เสีย และรายชื่อผู้เข้าร่วมกิจกรรม",
      en: "Risk assessment, interest declarations and the attendance list",
    },
    target: {
      kind: "percent",
      atLeast: 100,
      of: {
        th: "บุคลากรที่ยื่นแบบแสดงการมีส่วนได้เสีย",
        en: "staff who have filed an interest declaration",
      },
    },
  },

  /* ---------------------------------------------------------------- 6 คุณภาพการดำเนินงาน */
  {
    id: "ind6-service-standards",
    indicators: [6],
    questions: { "2568-": ["e1", "e2"] },
    kind: "measure",
    priority: 1,
    title: {
      th: "มาตรการประกาศมาตรฐานขั้นตอนและระยะเวลาการให้บริการ",
      en: "Published service standards: steps and times",
    },
    finding: {
      th: "ผู้รับบริการบางรายเห็นว่าการให้บริการยังไม่เป็นไปตามขั้นตอนและระยะเวลาที่แจ้งไว้",
      en: "Some service users find that services do not follow the announced steps and times.",
    },
    steps: [
      {
        th: "ทบทวนขั้นตอนและระยะเวลาของงานบริการหลักทุกงาน",
        en: "Review the steps and times of every main service",
      },
      {
        th: "ประกาศมาตรฐานการให้บริการ ณ จุดบริการและบนเว็บไซต์",
        en: "Post the service standards at the counters and on the website",
      },
      {
        th: "แจ้งเหตุผลแก่ผู้รับบริการทุกครั้งที่งานล่าช้ากว่ามาตรฐาน",
        en: "Explain the reason to the service user whenever a service runs late",
      },
    ],
    responsible: ["all"],
    timeline: Q1,
    followUp: {
      th: "ประกาศมาตรฐานการให้บริการและสถิติระยะเวลาการให้บริการ",
      en: "The published standards and the service time statistics",
    },
    target: {
      kind: "percent",
      atLeast: 90,
      of: {
        th: "งานบริการที่แล้วเสร็จตามมาตรฐานระยะเวลาที่ประกาศ",
        en: "services completed within the published standard time",
      },
    },
  },
  {
    id: "ind6-no-bribe-service",
    indicators: [6],
    questions: { "2568-": ["e3"] },
    kind: "measure",
    priority: 2,
    title: {
      th: "มาตรการบริการโดยไม่เรียกรับสินบนหรือประโยชน์ใด ๆ",
      en: "Service free of bribes or favours",
    },
    finding: {
      th: "ผู้รับบริการบางรายรับรู้ว่าอาจมีการเรียกรับประโยชน์เพื่อแลกกับการให้บริการ",
      en: "Some service users perceive that benefits may be asked for in exchange for service.",
    },
    steps: [
      {
        th: "ติดประกาศ “ไม่รับสินบนหรือสิ่งตอบแทนใด ๆ” ที่จุดให้บริการทุกจุด",
        en: "Post a “no bribes or rewards accepted” notice at every service point",
      },
      {
        th: "เปิดช่องทางแจ้งเบาะแสการเรียกรับประโยชน์โดยตรงถึงผู้บริหาร",
        en: "Open a channel to report requests for benefits directly to the executives",
      },
      {
        th: "ตรวจสอบทุกเรื่องที่ได้รับแจ้งและรายงานผลต่อผู้บริหาร",
        en: "Investigate every report and tell the executives the result",
      },
    ],
    responsible: ["executives", "office"],
    timeline: FY,
    followUp: {
      th: "ภาพประกาศ ณ จุดให้บริการ และทะเบียนเรื่องแจ้งเบาะแสพร้อมผลการตรวจสอบ",
      en: "Photos of the notices at the service points, and the register of reports with the outcome of each check",
    },
    target: {
      kind: "percent",
      atLeast: 100,
      of: {
        th: "เรื่องแจ้งเบาะแสที่ได้รับการตรวจสอบและแจ้งผล",
        en: "reports received that are checked and answered",
      },
    },
  },
  {
    id: "ind6-satisfaction-survey",
    indicators: [6, 8],
    kind: "activity",
    priority: 3,
    title: {
      th: "กิจกรรมสำรวจความพึงพอใจและข้อเสนอแนะของผู้รับบริการ",
      en: "Survey of service users' satisfaction and suggestions",
    },
    finding: {
      th: "หน่วยงานยังได้รับความคิดเห็นของผู้รับบริการไม่สม่ำเสมอพอที่จะใช้ปรับปรุงงาน",
      en: "Feedback from service users is not collected regularly enough to guide improvements.",
    },
    steps: [
      {
        th: "จัดทำแบบสำรวจสั้น ๆ ทั้งแบบกระดาษและแบบออนไลน์ (QR Code)",
        en: "Prepare a short survey on paper and online (QR code)",
      },
      {
        th: "เก็บแบบสำรวจต่อเนื่องที่จุดให้บริการ",
        en: "Collect responses continuously at the service points",
      },
      {
        th: "สรุปผลและข้อเสนอแนะ พร้อมแนวทางปรับปรุง เสนอผู้บริหาร",
        en: "Summarise results and suggestions with improvement actions for the executives",
      },
    ],
    responsible: ["office"],
    timeline: Q23,
    followUp: {
      th: "จำนวนแบบสำรวจที่ได้รับและรายงานสรุปผลพร้อมแนวทางปรับปรุง",
      en: "Number of responses and the summary report with improvement actions",
    },
    target: {
      kind: "percent",
      atLeast: 80,
      of: {
        th: "ผู้ตอบแบบสำรวจที่พึงพอใจต่อการให้บริการในระดับมากขึ้นไป",
        en: "respondents satisfied or very satisfied with the service",
      },
    },
  },

  /* ---------------------------------------------------------------- 7 ประสิทธิภาพการสื่อสาร */
  {
    id: "ind7-information-channels",
    indicators: [7],
    questions: { "2568-": ["e4", "e5"] },
    kind: "measure",
    priority: 1,
    title: {
      th: "มาตรการเพิ่มช่องทางเผยแพร่ข้อมูลข่าวสารที่เข้าถึงง่าย",
      en: "More and easier channels for public information",
    },
    finding: {
      th: "ผู้รับบริการบางรายเห็นว่าช่องทางเผยแพร่ข้อมูลของหน่วยงานเข้าถึงได้ยาก",
      en: "Some service users find the organisation's information channels hard to reach.",
    },
    steps: [
      {
        th: "สำรวจช่องทางที่ประชาชนในพื้นที่ใช้จริง เช่น เว็บไซต์ เพจ ไลน์ หอกระจายข่าว",
        en: "Find out which channels residents actually use: website, page, LINE, village loudspeakers",
      },
      {
        th: "จัดข้อมูลบนหน้าแรกของเว็บไซต์ให้ค้นหาง่ายและเป็นปัจจุบัน",
        en: "Arrange the website's home page so information is easy to find and current",
      },
      {
        th: "กำหนดผู้รับผิดชอบปรับปรุงข้อมูลแต่ละช่องทางและความถี่ในการปรับปรุง",
        en: "Name who updates each channel and how often",
      },
      {
        th: "แจ้งช่องทางทั้งหมดไว้ที่จุดบริการและเอกสารประชาสัมพันธ์",
        en: "List all channels at the service counters and in leaflets",
      },
    ],
    responsible: ["office"],
    timeline: FY,
    followUp: {
      th: "จำนวนช่องทางที่ใช้งาน ความถี่การปรับปรุงข้อมูล และสถิติผู้เข้าชม",
      en: "Channels in use, how often they are updated, and visitor statistics",
    },
    target: {
      kind: "percent",
      atLeast: 100,
      of: {
        th: "ช่องทางเผยแพร่ข้อมูลที่ปรับปรุงข้อมูลอย่างน้อยเดือนละครั้ง",
        en: "information channels updated at least once a month",
      },
    },
  },
  {
    id: "ind7-clear-answers",
    indicators: [7],
    questions: { "2568-": ["e6"] },
    kind: "measure",
    priority: 2,
    title: {
      th: "มาตรการตอบข้อสงสัยและชี้แจงข้อมูลอย่างชัดเจนทันเวลา",
      en: "Clear and timely answers to questions",
    },
    finding: {
      th: "ผู้รับบริการบางรายได้รับคำตอบหรือคำชี้แจงที่ยังไม่ชัดเจนเพียงพอ",
      en: "Some service users receive answers or explanations that are not clear enough.",
    },
    steps: [
      {
        th: "จัดช่องทางถาม–ตอบออนไลน์และกำหนดเวลาตอบกลับ",
        en: "Set up an online question-and-answer channel with a reply deadline",
      },
      {
        th: "รวบรวมคำถามที่พบบ่อยพร้อมคำตอบเผยแพร่บนเว็บไซต์",
        en: "Publish frequently asked questions with answers on the website",
      },
      {
        th: "มอบหมายผู้ตอบคำถามประจำแต่ละกอง",
        en: "Assign a person to answer questions in each division",
      },
    ],
    responsible: ["office", "all"],
    timeline: Q12,
    followUp: {
      th: "ทะเบียนคำถามและคำตอบพร้อมวันที่ตอบ",
      en: "The register of questions and answers with the dates answered",
    },
    target: {
      kind: "percent",
      atLeast: 90,
      of: {
        th: "คำถามที่ได้รับคำตอบภายในเวลาที่กำหนด",
        en: "questions answered within the deadline",
      },
    },
  },
  {
    id: "ind7-communication-skills",
    indicators: [7],
    kind: "project",
    priority: 3,
    title: {
      th: "โครงการพัฒนาทักษะการสื่อสารและประชาสัมพันธ์ของเจ้าหน้าที่",
      en: "Communication and public-relations skills for staff",
    },
    finding: {
      th: "เจ้าหน้าที่ควรสื่อสารกับประชาชนได้ชัดเจนและเข้าใจง่ายยิ่งขึ้น",
      en: "Staff should communicate with the public more clearly and simply.",
    },
    steps: [
      {
        th: "อบรมการเขียนข่าวประชาสัมพันธ์และการตอบคำถามประชาชน",
        en: "Train staff in writing public notices and answering questions",
      },
      {
        th: "จัดทำแม่แบบประกาศและโพสต์ที่อ่านง่าย",
        en: "Make easy-to-read templates for notices and posts",
      },
      {
        th: "ทบทวนคุณภาพข่าวที่เผยแพร่ทุกเดือน",
        en: "Review the quality of published news every month",
      },
    ],
    responsible: ["office"],
    timeline: Q2,
    followUp: {
      th: "รายชื่อผู้ผ่านการอบรมและแม่แบบการสื่อสารที่นำไปใช้",
      en: "The list of staff trained and the templates in use",
    },
    target: {
      kind: "percent",
      atLeast: 80,
      of: {
        th: "บุคลากรที่รับผิดชอบงานสื่อสารซึ่งผ่านการอบรม",
        en: "the staff in charge of communication trained",
      },
    },
  },

  /* ---------------------------------------------------------------- 8 การปรับปรุงการทำงาน */
  {
    id: "ind8-e-service",
    indicators: [8],
    questions: { "2568-": ["e9"] },
    kind: "project",
    priority: 1,
    title: {
      th: "โครงการพัฒนาบริการออนไลน์ (E-Service)",
      en: "Online services (E-Service) project",
    },
    finding: {
      th: "ผู้รับบริการบางรายเห็นว่าบริการออนไลน์ของหน่วยงานยังไม่สะดวกและรวดเร็วพอ",
      en: "Some service users find the organisation's online services not convenient or fast enough.",
    },
    steps: [
      {
        th: "เลือกงานบริการหลักที่ประชาชนใช้บ่อยมาให้บริการออนไลน์",
        en: "Choose the most-used main services to offer online",
      },
      {
        th: "จัดทำแบบคำขอออนไลน์ที่ยื่นได้จากโทรศัพท์มือถือ",
        en: "Build online request forms that work from a mobile phone",
      },
      {
        th: "กำหนดผู้รับเรื่องและเวลาตอบกลับคำขอออนไลน์",
        en: "Name who receives online requests and the reply time",
      },
      {
        th: "ประชาสัมพันธ์วิธีใช้บริการออนไลน์ให้ประชาชนทราบทั่วถึง",
        en: "Tell residents widely how to use the online services",
      },
    ],
    responsible: ["office"],
    timeline: Q12,
    followUp: {
      th: "จำนวนงานบริการที่เปิดออนไลน์และจำนวนคำขอที่ได้รับผ่านระบบ",
      en: "Number of services online and number of requests received through them",
    },
    target: {
      kind: "percent",
      atLeast: 90,
      of: {
        th: "คำขอผ่านระบบออนไลน์ที่ดำเนินการแล้วเสร็จภายในเวลาที่กำหนด",
        en: "online requests completed within the set time",
      },
    },
  },
  {
    id: "ind8-public-participation",
    indicators: [8],
    questions: { "2568-": ["e7", "e8"] },
    kind: "measure",
    priority: 2,
    title: {
      th: "มาตรการเปิดให้ประชาชนมีส่วนร่วมปรับปรุงการทำงาน",
      en: "Residents take part in improving the work",
    },
    finding: {
      th: "ผู้รับบริการบางรายเห็นว่าหน่วยงานปรับปรุงการทำงานเพื่อตอบสนองประชาชนยังไม่มากพอ",
      en: "Some service users feel the organisation has not improved its work enough for residents.",
    },
    steps: [
      {
        th: "เชิญตัวแทนประชาชนร่วมให้ความเห็นในการจัดทำแผนและโครงการ",
        en: "Invite residents' representatives to comment on plans and projects",
      },
      {
        th: "นำความเห็นที่ได้รับไปปรับปรุงขั้นตอนหรือโครงการ",
        en: "Use the comments to change procedures or projects",
      },
      {
        th: "เผยแพร่ว่าได้ปรับปรุงอะไรจากความเห็นของประชาชน",
        en: "Publish what was changed because of residents' comments",
      },
    ],
    responsible: ["strategy"],
    timeline: FY,
    followUp: {
      th: "บันทึกการรับฟังความคิดเห็นและรายการปรับปรุงที่เผยแพร่",
      en: "Records of consultations and the published list of changes",
    },
    target: {
      kind: "percent",
      atLeast: 100,
      of: {
        th: "ข้อเสนอแนะจากการรับฟังความคิดเห็นที่ได้รับการพิจารณาและแจ้งผลต่อสาธารณะ",
        en: "suggestions from consultations considered and answered in public",
      },
    },
  },
  {
    id: "ind8-process-review",
    indicators: [8],
    kind: "activity",
    priority: 3,
    title: {
      th: "กิจกรรมทบทวนและลดขั้นตอนการทำงาน",
      en: "Review and shorten work procedures",
    },
    finding: {
      th: "ขั้นตอนการทำงานบางเรื่องยังซ้ำซ้อนและใช้เวลามากเกินจำเป็น",
      en: "Some procedures still repeat steps and take longer than needed.",
    },
    steps: [
      {
        th: "ให้แต่ละกองเลือกงานที่ใช้เวลานานที่สุดมาทบทวนขั้นตอน",
        en: "Each division picks its slowest procedure to review",
      },
      {
        th: "ตัดขั้นตอนหรือเอกสารที่ไม่จำเป็นและกำหนดเวลาใหม่",
        en: "Remove needless steps or documents and set a new time",
      },
      {
        th: "ประกาศขั้นตอนใหม่และวัดเวลาที่ใช้จริงหลังปรับปรุง",
        en: "Announce the new procedure and measure the actual time afterwards",
      },
    ],
    responsible: ["all"],
    timeline: HALF,
    followUp: {
      th: "จำนวนงานที่ลดขั้นตอนได้และเวลาที่ลดลง",
      en: "Number of procedures shortened and time saved",
    },
    target: {
      kind: "none",
      success: {
        th: "งานที่ทบทวนแล้วมีขั้นตอนหรือระยะเวลาลดลง และประกาศให้ผู้รับบริการทราบ",
        en: "shorter or faster procedures after the review, announced to service users",
      },
    },
  },

  /* ---------------------------------------------------------------- 9 การเปิดเผยข้อมูล */
  {
    id: "ind9-oit-working-group",
    indicators: [9, 10],
    kind: "measure",
    priority: 1,
    title: {
      th: "มาตรการแต่งตั้งคณะทำงานเปิดเผยข้อมูลสาธารณะ (OIT)",
      en: "Open-data (OIT) working group",
    },
    finding: {
      th: "ข้อมูลที่ต้องเปิดเผยตามแบบวัด OIT ยังไม่ครบถ้วนหรือไม่เป็นปัจจุบันในบางรายการ",
      en: "Some items required by the OIT are missing or out of date.",
    },
    steps: [
      {
        th: "ออกคำสั่งแต่งตั้งคณะทำงานและผู้รับผิดชอบข้อมูลแต่ละรายการ",
        en: "Issue an order naming the working group and an owner for each item",
      },
      {
        th: "ศึกษาหลักเกณฑ์การประเมิน OIT ของปีงบประมาณ และจัดทำบัญชีรายการข้อมูลพร้อมกำหนดวันส่ง",
        en: "Study this year's OIT criteria and list every item with a due date",
      },
      {
        th: "ตรวจความครบถ้วนของข้อมูลบนเว็บไซต์ทุกเดือนก่อนช่วงการประเมิน",
        en: "Check the website items monthly before the assessment period",
      },
      {
        th: "รายงานความคืบหน้าต่อผู้บริหาร",
        en: "Report progress to the executives",
      },
    ],
    responsible: ["office", "executives"],
    timeline: Q1,
    followUp: {
      th: "คำสั่งแต่งตั้ง บัญชีรายการข้อมูล และผลการตรวจรายเดือน",
      en: "The appointment order, the item list and the monthly check results",
    },
    target: {
      kind: "percent",
      atLeast: 100,
      of: {
        th: "รายการข้อมูลตามแบบวัด OIT ที่ได้รับการตรวจรายเดือน",
        en: "OIT items checked every month",
      },
    },
  },
  {
    id: "ind9-website-items",
    indicators: [9],
    kind: "measure",
    priority: 2,
    title: {
      th: "มาตรการปรับปรุงข้อมูลบนเว็บไซต์หลักให้ครบและเป็นปัจจุบัน",
      en: "Complete and current information on the main website",
    },
    finding: {
      th: "ข้อมูลบางรายการไม่อยู่บนเว็บไซต์หลักของหน่วยงานหรือเปิดดูไม่ได้",
      en: "Some items are not on the organisation's main website or cannot be opened.",
    },
    steps: [
      {
        th: "จัดหมวดหมู่เมนูบนเว็บไซต์ตามรายการข้อมูลของแบบวัด OIT",
        en: "Arrange website menus to follow the OIT item list",
      },
      {
        th: "ตรวจทุกลิงก์ให้เปิดได้และชี้ไปที่เว็บไซต์หลักของหน่วยงาน",
        en: "Check that every link opens and points to the main website",
      },
      {
        th: "ระบุวันที่ปรับปรุงและปีงบประมาณของข้อมูลทุกรายการ",
        en: "Show the update date and fiscal year on every item",
      },
      {
        th: "ดูแลให้เว็บไซต์เข้าถึงได้ตลอดช่วงการตรวจประเมิน",
        en: "Keep the website reachable throughout the assessment period",
      },
    ],
    responsible: ["office"],
    timeline: Q12,
    followUp: {
      th: "รายการตรวจสอบข้อมูลบนเว็บไซต์ตามแบบวัด OIT และคะแนน OIT ของปีถัดไป",
      en: "The website checklist against the OIT items, and next year's OIT score",
    },
    target: {
      kind: "percent",
      atLeast: 100,
      of: {
        th: "ข้อของแบบวัด OIT ที่มีข้อมูลครบถ้วนบนเว็บไซต์หลัก",
        en: "OIT items complete on the main website",
      },
    },
  },
  {
    id: "ind9-procurement-disclosure",
    indicators: [9, 2],
    kind: "measure",
    priority: 3,
    title: {
      th: "มาตรการเปิดเผยข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณ",
      en: "Disclosure of procurement and budget spending",
    },
    finding: {
      th: "ข้อมูลแผน ผล และรายงานการจัดซื้อจัดจ้างยังเผยแพร่ไม่ครบตามที่กำหนด",
      en: "Procurement plans, results and reports are not all published as required.",
    },
    steps: [
      {
        th: "เผยแพร่แผนการจัดซื้อจัดจ้างประจำปีบนเว็บไซต์",
        en: "Publish the annual procurement plan on the website",
      },
      {
        th: "เผยแพร่ผลการจัดซื้อจัดจ้างรายเดือน รวมทั้งรายการที่ไม่ต้องดำเนินการในระบบ e-GP",
        en: "Publish monthly procurement results, including purchases made outside e-GP",
      },
      {
        th: "จัดทำรายงานผลการจัดซื้อจัดจ้างประจำปีพร้อมข้อสังเกตการปรับปรุง",
        en: "Write the annual procurement report with points to improve",
      },
    ],
    responsible: ["procurement", "finance"],
    timeline: FY,
    followUp: {
      th: "ประกาศบนเว็บไซต์รายเดือนและรายงานประจำปี",
      en: "The monthly website notices and the annual report",
    },
    target: {
      kind: "percent",
      atLeast: 100,
      of: {
        th: "เดือนที่ประกาศข้อมูลการจัดซื้อจัดจ้างและการใช้จ่ายงบประมาณบนเว็บไซต์ภายในกำหนด",
        en: "months whose procurement and spending notices are on the website on time",
      },
    },
  },
  {
    id: "ind9-e-service-channel",
    indicators: [9, 8],
    questions: { "2568-": ["o10"], "2566-2567": ["o18"] },
    kind: "activity",
    priority: 2,
    title: {
      th: "กิจกรรมจัดให้มีช่องทาง E-Service บนเว็บไซต์หลัก",
      en: "An E-Service channel on the main website",
    },
    finding: {
      th: "ยังไม่พบช่องทางให้บริการออนไลน์ที่ใช้งานได้จริงบนเว็บไซต์หลักของหน่วยงาน",
      en: "No working online service channel was found on the organisation's main website.",
    },
    steps: [
      {
        th: "สร้างเมนู E-Service บนหน้าแรกของเว็บไซต์",
        en: "Add an E-Service menu to the website's home page",
      },
      {
        th: "ทดสอบยื่นคำขอจริงและตรวจว่ามีผู้รับเรื่องตอบกลับ",
        en: "Submit a real test request and check that someone replies",
      },
      {
        th: "เผยแพร่สถิติการใช้บริการ E-Service เป็นระยะ",
        en: "Publish E-Service usage statistics from time to time",
      },
    ],
    responsible: ["office"],
    timeline: Q1,
    followUp: {
      th: "หน้าเมนู E-Service ที่ใช้งานได้และสถิติการใช้บริการ",
      en: "A working E-Service page and its usage statistics",
    },
    target: {
      kind: "none",
      success: {
        th: "ช่องทาง E-Service บนเว็บไซต์หลักใช้งานได้จริง และผู้ยื่นคำขอได้รับการตอบกลับ",
        en: "a working E-Service channel on the main website, with every applicant answered",
      },
    },
  },

  /* ---------------------------------------------------------------- 10 การป้องกันการทุจริต */
  {
    id: "ind10-no-gift-policy",
    indicators: [10],
    questions: { "2568-": ["o21"], "2566-2567": ["o31", "o32", "o33"] },
    kind: "measure",
    priority: 1,
    title: {
      th: "มาตรการงดให้งดรับของขวัญและของกำนัล (No Gift Policy)",
      en: "No Gift Policy",
    },
    finding: {
      th: "การประกาศและการขับเคลื่อนนโยบาย No Gift Policy ยังไม่ครบองค์ประกอบหรือไม่มีรายงานผล",
      en: "The No Gift Policy is not fully declared or put into practice, or has no report of results.",
    },
    steps: [
      {
        th: "ผู้บริหารสูงสุดประกาศนโยบายไม่รับของขวัญและของกำนัลจากการปฏิบัติหน้าที่",
        en: "The top executive declares the policy of accepting no gifts in the course of duty",
      },
      {
        th: "จัดกิจกรรมสร้างวัฒนธรรมไม่รับของขวัญให้บุคลากรทุกระดับ",
        en: "Run activities that build a no-gift culture at every level",
      },
      {
        th: "กำกับติดตามและบันทึกกรณีที่มีผู้มอบของขวัญ",
        en: "Monitor and record every case of a gift being offered",
      },
      {
        th: "รายงานผลการดำเนินการตามนโยบายและเผยแพร่บนเว็บไซต์",
        en: "Report the policy's results and publish them on the website",
      },
    ],
    responsible: ["executives", "office"],
    timeline: Q1,
    followUp: {
      th: "ประกาศนโยบาย ภาพกิจกรรม และรายงานผลที่เผยแพร่",
      en: "The policy declaration, activity photos and the published report",
    },
    target: {
      kind: "none",
      success: {
        th: "ไม่มีเรื่องร้องเรียนการรับของขวัญหรือของกำนัลที่ตรวจสอบแล้วพบว่ามีมูล",
        en: "no substantiated complaint of a gift or present received",
      },
    },
  },
  {
    id: "ind10-risk-plan",
    indicators: [10],
    questions: { "2568-": ["o25"] },
    kind: "measure",
    priority: 2,
    title: {
      th: "มาตรการประเมินความเสี่ยงและแผนปฏิบัติการป้องกันการทุจริต",
      en: "Corruption risk assessment and prevention action plan",
    },
    finding: {
      th: "การประเมินความเสี่ยงการทุจริตและแผนป้องกันยังไม่เชื่อมโยงกับการติดตามผลอย่างเป็นระบบ",
      en: "The corruption risk assessment and prevention plan are not tied to systematic follow-up.",
    },
    steps: [
      {
        th: "ประเมินความเสี่ยงการทุจริตในงานอนุมัติ อนุญาต และการใช้งบประมาณ",
        en: "Assess corruption risks in approvals, permits and budget use",
      },
      {
        th: "จัดทำแผนปฏิบัติการป้องกันการทุจริตที่มีผู้รับผิดชอบและกำหนดเวลา",
        en: "Draw up a prevention action plan with owners and deadlines",
      },
      {
        th: "ติดตามผลตามแผนรอบ 6 เดือนและรอบ 12 เดือน",
        en: "Follow up on the plan at six and twelve months",
      },
      {
        th: "เผยแพร่แผนและรายงานผลบนเว็บไซต์",
        en: "Publish the plan and the reports on the website",
      },
    ],
    responsible: ["office", "audit"],
    timeline: Q12,
    followUp: {
      th: "ผลการประเมินความเสี่ยง แผนปฏิบัติการ และรายงานรอบ 6 และ 12 เดือน",
      en: "Risk assessment, action plan, and the six- and twelve-month reports",
    },
    target: {
      kind: "percent",
      atLeast: 80,
      of: {
        th: "กิจกรรมตามแผนปฏิบัติการป้องกันการทุจริตที่ดำเนินการแล้วเสร็จ",
        en: "the activities of the corruption prevention plan completed",
      },
    },
  },
  {
    id: "ind10-ita-followup",
    indicators: [10],
    questions: { "2566-2567": ["o42", "o43"], "2564-2565": ["o42", "o43"] },
    kind: "measure",
    priority: 3,
    title: {
      th: "มาตรการนำผลการประเมิน ITA ไปปรับปรุงและรายงานผล",
      en: "Acting on the ITA result and reporting progress",
    },
    finding: {
      th: "การนำผลการประเมินไปกำหนดมาตรการและการติดตามผลยังไม่ต่อเนื่อง",
      en: "Turning the assessment into measures and following them up is not yet continuous.",
    },
    steps: [
      {
        th: "วิเคราะห์ผลการประเมินและกำหนดมาตรการพร้อมผู้รับผิดชอบ",
        en: "Analyse the result and set measures with owners",
      },
      {
        th: "เสนอผู้บริหารอนุมัติและแจ้งทุกส่วนราชการ",
        en: "Have the executives approve them and inform every division",
      },
      {
        th: "ติดตามความคืบหน้ารอบ 6 เดือนและสรุปผลสิ้นปีงบประมาณ",
        en: "Track progress at six months and summarise at the end of the fiscal year",
      },
      {
        th: "เผยแพร่มาตรการและรายงานผลการดำเนินการบนเว็บไซต์",
        en: "Publish the measures and the progress report on the website",
      },
    ],
    responsible: ["office", "all"],
    timeline: FY,
    followUp: {
      th: "มาตรการที่อนุมัติ รายงานรอบ 6 เดือน และรายงานสิ้นปีงบประมาณ",
      en: "Approved measures, the six-month report and the year-end report",
    },
    target: {
      kind: "percent",
      atLeast: 80,
      of: {
        th: "มาตรการที่ดำเนินการแล้วเสร็จตามระยะเวลาที่กำหนด",
        en: "measures completed on schedule",
      },
    },
  },

  /* ---------------------------------------------------------------- keep the level */
  {
    id: "keep-iit",
    indicators: [1, 2, 3, 4, 5],
    kind: "measure",
    keepLevel: true,
    priority: 1,
    title: {
      th: "มาตรการรักษาระดับคุณธรรมในการปฏิบัติงานภายในหน่วยงาน",
      en: "Keep the level of integrity inside the organisation",
    },
    finding: {
      th: "บุคลากรภายในประเมินหน่วยงานในระดับสูง ควรรักษามาตรฐานนี้ไว้",
      en: "Staff rate the organisation highly; this standard should be kept.",
    },
    steps: [
      {
        th: "ทบทวนแนวปฏิบัติที่ทำให้ได้คะแนนสูงและคงไว้ในปีถัดไป",
        en: "Review the practices behind the high score and keep them next year",
      },
      {
        th: "ย้ำแนวปฏิบัติด้านงบประมาณ ทรัพย์สิน และการใช้อำนาจในการประชุมประจำเดือน",
        en: "Restate the rules on budget, property and authority at monthly meetings",
      },
      {
        th: "ชี้แจงแนวปฏิบัติแก่บุคลากรที่ย้ายมาหรือบรรจุใหม่",
        en: "Brief newly arrived or newly hired staff on the rules",
      },
    ],
    responsible: ["all"],
    timeline: FY,
    followUp: {
      th: "รายงานผลการดำเนินงานตามมาตรการรอบ 6 และ 12 เดือน",
      en: "The six- and twelve-month reports on the measure",
    },
    target: {
      kind: "score",
      text: {
        th: "คะแนน IIT ในการประเมินปีถัดไปไม่ต่ำกว่าคะแนนปีนี้",
        en: "next year's IIT score no lower than this year's",
      },
    },
  },
  {
    id: "keep-eit",
    indicators: [6, 7, 8],
    kind: "measure",
    keepLevel: true,
    priority: 1,
    title: {
      th: "มาตรการรักษามาตรฐานการให้บริการและการสื่อสารกับประชาชน",
      en: "Keep the standard of service and communication with residents",
    },
    finding: {
      th: "ผู้รับบริการประเมินคุณภาพการให้บริการในระดับสูง ควรรักษามาตรฐานนี้ไว้",
      en: "Service users rate the service highly; this standard should be kept.",
    },
    steps: [
      {
        th: "คงมาตรฐานขั้นตอนและระยะเวลาการให้บริการที่ประกาศไว้",
        en: "Keep the announced service steps and times",
      },
      {
        th: "ปรับปรุงข้อมูลในทุกช่องทางสื่อสารให้เป็นปัจจุบันอย่างสม่ำเสมอ",
        en: "Keep every communication channel up to date",
      },
      {
        th: "รับฟังความเห็นผู้รับบริการและแก้ไขข้อบกพร่องที่พบทันที",
        en: "Listen to service users and fix any shortcoming at once",
      },
    ],
    responsible: ["all"],
    timeline: FY,
    followUp: {
      th: "ผลสำรวจความพึงพอใจของผู้รับบริการ และรายงานผลรอบ 6 และ 12 เดือน",
      en: "Satisfaction survey results, and the six- and twelve-month reports",
    },
    target: {
      kind: "score",
      text: {
        th: "คะแนน EIT ในการประเมินปีถัดไปไม่ต่ำกว่าคะแนนปีนี้",
        en: "next year's EIT score no lower than this year's",
      },
    },
  },
  {
    id: "keep-oit",
    indicators: [9, 10],
    kind: "measure",
    keepLevel: true,
    priority: 1,
    title: {
      th: "มาตรการรักษาความครบถ้วนของการเปิดเผยข้อมูลสาธารณะ",
      en: "Keep public disclosure complete",
    },
    finding: {
      th: "หน่วยงานเปิดเผยข้อมูลได้ครบตามเกณฑ์ ควรรักษาความครบถ้วนและความเป็นปัจจุบันไว้",
      en: "The organisation published every required item; completeness and currency should be kept.",
    },
    steps: [
      {
        th: "ศึกษาการเปลี่ยนแปลงหลักเกณฑ์ OIT ของปีถัดไปตั้งแต่ต้นปีงบประมาณ",
        en: "Study changes to next year's OIT criteria at the start of the fiscal year",
      },
      {
        th: "ปรับปรุงข้อมูลบนเว็บไซต์หลักตามกำหนดและตรวจลิงก์ทุกเดือน",
        en: "Update the main website on schedule and check links monthly",
      },
      {
        th: "สำรองข้อมูลเว็บไซต์และดูแลให้เข้าถึงได้ตลอดเวลา",
        en: "Back up the website and keep it reachable at all times",
      },
    ],
    responsible: ["office"],
    timeline: FY,
    followUp: {
      th: "ผลการตรวจข้อมูลบนเว็บไซต์รายเดือน",
      en: "The monthly website check results",
    },
    target: {
      kind: "score",
      text: {
        th: "คะแนน OIT ในการประเมินปีถัดไปไม่ต่ำกว่าคะแนนปีนี้",
        en: "next year's OIT score no lower than this year's",
      },
    },
  },
];
