/** Submission documents: the plan and the export-control forms, checked by content, in GridFS. */
package nexus.intake.document;
