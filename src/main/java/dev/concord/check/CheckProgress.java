package dev.concord.check;

/** Told how far a check is, for a progress line; called from the checking threads. */
public interface CheckProgress {
    CheckProgress NONE = new CheckProgress() {
        @Override public void total(int posts) {}
        @Override public void postDone() {}
    };

    /** The number of posts this pass checks (a --fix run checks again after each pass). */
    void total(int posts);

    /** One more post checked. */
    void postDone();
}
