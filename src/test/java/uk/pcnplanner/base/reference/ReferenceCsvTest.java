package uk.pcnplanner.base.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReferenceCsvTest {

    @Test
    void quotedSourcesKeepTheirCommas() {
        assertThat(ReferenceCsv.cells("SPLW,\"Band 5 basis: £35,389, gmthub\",x"))
                .containsExactly("SPLW", "Band 5 basis: £35,389, gmthub", "x");
        assertThat(ReferenceCsv.cells("a,\"say \"\"hi\"\"\",")).containsExactly("a", "say \"hi\"", "");
    }

    @Test
    void theShippedRatesAreReadWithTheirSource() {
        List<Map<String, String>> rates = ReferenceCsv.read("arrs-rates.csv");

        assertThat(rates).extracting(r -> r.get("financial_year")).contains("2025/26");
        assertThat(rates).filteredOn(r -> r.get("financial_year").equals("2025/26"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.get("gbp_per_weighted_head")).isEqualTo("26.631");
                    assertThat(r.get("source")).contains("pulsetoday");
                });
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> ReferenceCsv.read("nothing.csv")).hasMessageContaining("reference/nothing.csv");
    }
}
