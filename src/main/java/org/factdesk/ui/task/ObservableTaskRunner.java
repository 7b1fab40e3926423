package org.factdesk.ui.task;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The state every task runner shows the window: busy or not, the running work's title and progress. */
abstract class ObservableTaskRunner implements TaskRunner {

    final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }
}
