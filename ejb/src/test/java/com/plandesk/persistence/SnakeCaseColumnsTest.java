package com.plandesk.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnakeCaseColumnsTest {

    @Test
    void attributesMapToTheColumnsOfTheFlywaySchema() {
        assertThat(SnakeCaseColumns.snakeCase("setupFee")).isEqualTo("setup_fee");
        assertThat(SnakeCaseColumns.snakeCase("processInstanceId")).isEqualTo("process_instance_id");
        assertThat(SnakeCaseColumns.snakeCase("name")).isEqualTo("name");
    }
}
