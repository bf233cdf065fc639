package com.plandesk.bulk;

/** A bulk run: QUEUED until its job starts, RUNNING, then COMPLETED (every row has a result) or FAILED. */
public enum BulkAssignmentStatus { QUEUED, RUNNING, COMPLETED, FAILED, STOPPED }
