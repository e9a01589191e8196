/**
 * "Report details" in the Options step: what the figures cannot say — the announcement date,
 * who prepared, reviewed and approved the report, an optional introduction. Collapsed by default;
 * blank fields keep what the workbook already holds from an earlier run.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Field,
  Input,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { MessageId } from "../../domain/messages";
import { SIGNER_ROLES, type SignerRole } from "../../domain/report/document/info";
import { useT } from "../i18n";
import { setReportDetails, useReportDetails, withField } from "./reportDetails";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  signer: { display: "grid", gridTemplateColumns: "1fr", rowGap: tokens.spacingVerticalXS },
});

const ROLE_LABELS: Record<SignerRole, MessageId> = {
  prepared: "DOC_SIGN_PREPARED",
  reviewed: "DOC_SIGN_REVIEWED",
  approved: "DOC_SIGN_APPROVED",
};

export function ReportDetailsForm({ disabled }: { disabled: boolean }) {
  const t = useT();
  const styles = useStyles();
  const info = useReportDetails();
  const set = (key: string) => (value: string) => setReportDetails(withField(info, key, value));
  return (
    <Accordion collapsible>
      <AccordionItem value="report">
        <AccordionHeader>{t("PANE_REPORT_DETAILS")}</AccordionHeader>
        <AccordionPanel className={styles.panel}>
          <Text size={200}>{t("PANE_REPORT_DETAILS_HINT")}</Text>
          <Field label={t("DOC_FIELD_ANNOUNCED")}>
            <Input
              type="date"
              value={info.announcementDate ?? ""}
              disabled={disabled}
              onChange={(_, d) => set("announcementDate")(d.value)}
            />
          </Field>
          {SIGNER_ROLES.map((role) => (
            <fieldset key={role} className={styles.signer}>
              <legend>{t(ROLE_LABELS[role])}</legend>
              <Field label={t("PANE_REPORT_NAME")}>
                <Input
                  value={info[role]?.name ?? ""}
                  disabled={disabled}
                  onChange={(_, d) => set(`${role}.name`)(d.value)}
                />
              </Field>
              <Field label={t("PANE_REPORT_POSITION")}>
                <Input
                  value={info[role]?.position ?? ""}
                  disabled={disabled}
                  onChange={(_, d) => set(`${role}.position`)(d.value)}
                />
              </Field>
              <Field label={t("PANE_REPORT_DATE")}>
                <Input
                  type="date"
                  value={info[role]?.date ?? ""}
                  disabled={disabled}
                  onChange={(_, d) => set(`${role}.date`)(d.value)}
                />
              </Field>
            </fieldset>
          ))}
          <Field label={t("DOC_FIELD_INTRODUCTION")}>
            <Textarea
              resize="vertical"
              value={info.introduction ?? ""}
              disabled={disabled}
              onChange={(_, d) => set("introduction")(d.value)}
            />
          </Field>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
