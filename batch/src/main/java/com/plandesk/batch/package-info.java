/**
 * CSV bulk assignment as Jakarta Batch jobs (job XML in META-INF/batch-jobs/). The jobs are an inbound
 * adapter: each row goes through the same application service as an assignment made on the screen.
 */
package com.plandesk.batch;
