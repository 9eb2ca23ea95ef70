package dev.labelj.ui;

import dev.labelj.image.DecodedImage;
import dev.labelj.ui.browse.BrowseListener;
import dev.labelj.ui.support.Languages;
import dev.labelj.ui.support.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javax.swing.UIManager;

/**
 * Says once, in the status bar, when the window has words its font cannot draw (the Chinese UI, or image
 * names in Chinese, Japanese or Korean on a machine without a CJK font): otherwise they show as empty boxes
 * with no word of why. Names the package to install.
 */
final class FontNotice implements BrowseListener {
    /** Image names looked at per folder: enough to notice, cheap for a folder of 100,000. */
    private static final int NAMES_CHECKED = 2000;
    private final Predicate<String> shows;
    private final Consumer<String> status;
    private String pending;
    private boolean said;

    /** {@code shows}: whether the window's font draws every character of a text. */
    FontNotice(Predicate<String> shows, Consumer<String> status) {
        this.shows = shows;
        this.status = status;
    }

    /** The look and feel's label font, as the window's words are drawn. */
    static Predicate<String> labelFont() {
        return text -> UIManager.getFont("Label.font") == null
                || UIManager.getFont("Label.font").canDisplayUpTo(text) < 0;
    }

    /** At start: the language the window's words are in; said once the first image has settled. */
    void startsIn(String tag) {
        if (isChinese(tag)) {
            need(Messages.get("action.languageChinese"));
        }
    }

    /** After View → Language: said at once. */
    void switchedTo(String tag) {
        startsIn(tag);
        sayIfPending();
    }

    private static boolean isChinese(String tag) {
        return Languages.CHINESE.equals(tag) || Languages.SYSTEM.equals(tag)
                && Locale.getDefault().getLanguage().equals(Locale.CHINESE.getLanguage());
    }

    @Override
    public void imagesChanged(Path root, List<Path> images) {
        for (Path image : images.subList(0, Math.min(NAMES_CHECKED, images.size()))) {
            if (need(image.getFileName().toString())) {
                break;
            }
        }
        if (images.isEmpty()) {
            sayIfPending();
        }
    }

    @Override
    public void imageShown(int index, DecodedImage image) {
        sayIfPending();
    }

    @Override
    public void imageFailed(int index, Path image, String message) {
        sayIfPending();
    }

    private boolean need(String text) {
        if (said || pending != null || isAscii(text) || shows.test(text)) {
            return pending != null;
        }
        pending = Messages.get("status.fontMissing", text);
        return true;
    }

    /** Plain ASCII, which every font draws: the font is not asked (1,000 names took 3-5 ms of the start). */
    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private void sayIfPending() {
        if (pending != null && !said) {
            status.accept(pending);
            said = true;
            pending = null;
        }
    }
}
