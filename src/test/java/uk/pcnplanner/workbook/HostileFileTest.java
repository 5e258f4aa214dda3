package uk.pcnplanner.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

/** Files that are not what they claim, or are built to hurt the server: each gets one File error. */
class HostileFileTest {

    @Test
    void aTextFileNamedXlsx() {
        assertThat(Analyse.errors("Name,Value\n".getBytes(StandardCharsets.UTF_8)))
                .containsExactly("File: not an .xlsx workbook");
    }

    @Test
    void anEmptyFile() {
        assertThat(Analyse.errors(new byte[0])).containsExactly("File: the file is empty");
    }

    @Test
    void aZipThatIsNotAWorkbook() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Analyse.errors(bytes.toByteArray()))
                .containsExactly("File: not an .xlsx workbook: it is a zip file with no workbook inside");
    }

    @Test
    void anOldXlsWorkbook() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (HSSFWorkbook xls = new HSSFWorkbook()) {
            xls.createSheet("Staff");
            xls.write(bytes);
        }
        assertThat(Analyse.errors(bytes.toByteArray())).containsExactly(
                "File: encrypted or old .xls workbook: save it from Excel as an .xlsx without a password");
    }

    @Test
    void aPasswordProtectedWorkbook() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                out.write(WorkbookFixture.valid().bytes());
            }
            fs.writeFilesystem(bytes);
        }
        assertThat(Analyse.errors(bytes.toByteArray())).containsExactly(
                "File: encrypted or old .xls workbook: save it from Excel as an .xlsx without a password");
    }

    @Test
    void aZipBombTripsThePoiLimitsWeSet() throws IOException {
        byte[] bomb = withExtraEntry(WorkbookFixture.valid().bytes(), "xl/media/padding.xml", 20 * 1024 * 1024);
        assertThat(Analyse.errors(bomb)).containsExactly(
                "File: the workbook unpacks to far more data than a network workbook holds, so it was not read");
        assertThat(ZipSecureFile.getMinInflateRatio()).isEqualTo(0.01);
        assertThat(ZipSecureFile.getMaxEntrySize()).isEqualTo(40L * 1024 * 1024);
    }

    @Test
    void aSheetWithMoreRowsThanTheLimitIsRefusedBeforeItsRowsAreRead() {
        WorkbookFixture f = WorkbookFixture.valid();
        Sheet practices = f.workbook().getSheet("Practices");
        for (int i = 3; i <= 20_001; i++) {
            practices.createRow(i).createCell(0).setCellValue("P" + i);
        }
        assertThat(Analyse.errors(f)).containsExactly(
                "Practices: has 20001 rows, more than the limit of 20,000 per sheet");
    }

    @Test
    void aFileOverTheUploadLimit() {
        assertThat(Analyse.errors(new byte[11 * 1024 * 1024])).containsExactly(
                "File: the file is larger than the 10 MB limit for a workbook (11.0 MB)");
    }

    /** Re-zips a workbook with one more, very compressible, part. */
    private static byte[] withExtraEntry(byte[] workbook, String name, int size) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
            }
            out.putNextEntry(new ZipEntry(name));
            out.write(new byte[size]);
        }
        return bytes.toByteArray();
    }
}
