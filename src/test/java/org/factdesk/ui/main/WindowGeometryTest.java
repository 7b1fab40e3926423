package org.factdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowGeometryTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1920, 1080);
    private static final Rectangle2D MONITOR_RIGHT = new Rectangle2D(1920, 0, 2560, 1440);

    @Test
    void aGeometryIsReadBackAsItWasWritten() {
        WindowGeometry geometry = new WindowGeometry(2000, 40, 1400, 900, true);
        assertThat(WindowGeometry.parse(geometry.format())).contains(geometry);
    }

    @Test
    void unreadableOrNonsenseValuesAreIgnored() {
        assertThat(WindowGeometry.parse("")).isEmpty();
        assertThat(WindowGeometry.parse("1,2,3")).isEmpty();
        assertThat(WindowGeometry.parse("a,b,c,d,true")).isEmpty();
        assertThat(WindowGeometry.parse("0,0,-5,100,false")).isEmpty();
        assertThat(WindowGeometry.parse("NaN,0,800,600,false")).isEmpty();
    }

    @Test
    void aWindowOnAScreenThatIsStillThereStaysWhereItWas() {
        WindowGeometry onMonitor = new WindowGeometry(2100, 100, 1400, 900, false);
        assertThat(onMonitor.fitTo(List.of(LAPTOP, MONITOR_RIGHT))).isEqualTo(onMonitor);
    }

    @Test
    void aWindowOnAnUnpluggedMonitorComesBackToThePrimaryScreenShrunkToFit() {
        WindowGeometry onMonitor = new WindowGeometry(2100, 100, 2400, 1300, true);
        assertThat(onMonitor.fitTo(List.of(LAPTOP))).isEqualTo(new WindowGeometry(0, 0, 1920, 1080, true));
    }

    @Test
    void aWindowHalfOffTheScreenIsPulledBackInside() {
        WindowGeometry hanging = new WindowGeometry(1500, -200, 1000, 700, false);
        assertThat(hanging.fitTo(List.of(LAPTOP))).isEqualTo(new WindowGeometry(920, 0, 1000, 700, false));
    }

    @Test
    void aWindowAcrossTwoScreensGoesToTheOneShowingMostOfIt() {
        WindowGeometry across = new WindowGeometry(1700, 100, 1000, 700, false);
        assertThat(across.fitTo(List.of(LAPTOP, MONITOR_RIGHT))).isEqualTo(new WindowGeometry(1920, 100, 1000, 700,
                false));
    }

    @Test
    void theFirstWindowIsCentredAndNoBiggerThanTheScreen() {
        assertThat(WindowGeometry.centredOn(LAPTOP)).isEqualTo(new WindowGeometry(320, 140, 1280, 800, false));
        assertThat(WindowGeometry.centredOn(new Rectangle2D(0, 0, 1024, 700)))
                .isEqualTo(new WindowGeometry(0, 0, 1024, 700, false));
    }
}
