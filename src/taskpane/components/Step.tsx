import type { ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { useT } from "../i18n";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    paddingBlock: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase400,
  },
  number: { color: tokens.colorBrandForeground1, marginInlineEnd: tokens.spacingHorizontalS },
});

/** One numbered step: a section named by its heading, so screen readers can jump between steps. */
export function Step({
  id,
  n,
  title,
  children,
}: {
  id: string;
  n: number;
  title: string;
  children: ReactNode;
}) {
  const t = useT();
  const styles = useStyles();
  const headingId = `step-${id}-title`;
  return (
    <section className={styles.section} aria-labelledby={headingId} data-step={id}>
      <h2 id={headingId} className={styles.heading}>
        <span className={styles.number}>{t("PANE_STEP_NUMBER", { n })}</span>
        {title}
      </h2>
      {children}
    </section>
  );
}
