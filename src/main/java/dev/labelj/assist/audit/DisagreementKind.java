package dev.labelj.assist.audit;

/** How a model and a saved label disagree (docs/adr/0160-label-audit.md). */
public enum DisagreementKind {
    /** A confident detection that overlaps no label (IoU below the match threshold). */
    MISSING,
    /** A label that no detection of any class matches. */
    EXTRA,
    /** A label whose best-scoring matching detection is of another class. */
    WRONG_CLASS,
    /** A label matched by a detection of its class, but less tightly than {@link AuditOptions#TIGHT_IOU}. */
    LOOSE
}
