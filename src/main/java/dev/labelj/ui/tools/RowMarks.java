package dev.labelj.ui.tools;

import dev.labelj.assist.audit.Disagreement;

/** What the Compare With Model list hears of a row under review: fixed, its label removed, or that taken back. */
interface RowMarks {
    RowMarks NONE = new RowMarks() {
        @Override
        public void accepted(Disagreement row) {
        }

        @Override
        public void removed(Disagreement row) {
        }

        @Override
        public void undone(Disagreement row) {
        }
    };

    void accepted(Disagreement row);

    void removed(Disagreement row);

    /** The edit that fixed the row or removed its label was undone: the row waits again. */
    void undone(Disagreement row);
}
