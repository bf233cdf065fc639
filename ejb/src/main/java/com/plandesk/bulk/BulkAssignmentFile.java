package com.plandesk.bulk;

import com.plandesk.persistence.RefersTo;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The uploaded file, kept so the job reads it again after a restart. Separate so listing runs skips it. */
@Entity
@Table(name = "bulk_assignment_file")
public class BulkAssignmentFile {

    @Id
    @RefersTo("bulk_assignment")
    private Long bulkAssignmentId;

    private String content;

    protected BulkAssignmentFile() {
    }

    BulkAssignmentFile(Long bulkAssignmentId, String content) {
        this.bulkAssignmentId = bulkAssignmentId;
        this.content = content;
    }

    String getContent() {
        return content;
    }
}
