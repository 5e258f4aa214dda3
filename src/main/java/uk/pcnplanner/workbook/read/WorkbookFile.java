package uk.pcnplanner.workbook.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.pcnplanner.workbook.Messages;

/**
 * Opens uploaded bytes as an .xlsx workbook, refusing anything else with a message for the person
 * who sent it. Nothing is evaluated: formulas are read from their cached values.
 */
public final class WorkbookFile {

    /** The largest part a real network workbook has is a few MB of sheet XML; this leaves room. */
    static final long MAX_ENTRY_BYTES = 40L * 1024 * 1024;

    /** Below this compressed-to-expanded ratio a part is treated as a zip bomb (POI's own default). */
    static final double MIN_INFLATE_RATIO = 0.01;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private WorkbookFile() {}

    /** @throws UnreadableWorkbookException with a {@code File:} message */
    public static XSSFWorkbook open(byte[] bytes) {
        if (bytes.length == 0) {
            throw new UnreadableWorkbookException(Messages.emptyFile());
        }
        if (bytes.length > maxUploadBytes()) {
            throw new UnreadableWorkbookException(Messages.tooLarge(bytes.length));
        }
        FileMagic magic = magic(bytes);
        if (magic == FileMagic.OLE2) {
            throw new UnreadableWorkbookException(Messages.encryptedOrXls());
        }
        if (magic != FileMagic.OOXML) {
            throw new UnreadableWorkbookException(Messages.notXlsx());
        }
        return unzip(bytes);
    }

    /**
     * Reads an upload, stopping as soon as it passes the limit so an oversized file is never held in
     * memory whatever the browser claimed its size to be.
     *
     * @throws UnreadableWorkbookException naming the limit when the upload is larger
     */
    public static byte[] readLimited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) maxUploadBytes() + 1);
        if (bytes.length > maxUploadBytes()) {
            throw new UnreadableWorkbookException(Messages.tooLargeUpload());
        }
        return bytes;
    }

    public static long maxUploadBytes() {
        return Messages.MAX_UPLOAD_MB * 1024L * 1024L;
    }

    private static FileMagic magic(byte[] bytes) {
        try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(bytes))) {
            return FileMagic.valueOf(in);
        } catch (IOException e) {
            return FileMagic.UNKNOWN;
        }
    }

    private static XSSFWorkbook unzip(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new UnreadableWorkbookException(reason(e));
        }
    }

    // POI reports a zip bomb as an IOException somewhere down the cause chain, worded "Zip bomb detected!".
    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return Messages.zipBomb();
            }
            if (t instanceof UnsupportedFileFormatException || t instanceof InvalidFormatException) {
                return Messages.zipNotWorkbook();
            }
        }
        return e instanceof IOException ? Messages.zipNotWorkbook() : Messages.unreadable();
    }
}
