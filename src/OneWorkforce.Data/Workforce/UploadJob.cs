namespace OneWorkforce.Data.Workforce;

/// <summary>
/// A workforce upload run as a background job, held in the database so a status page survives a reload
/// and any web node can show it; a node claims a queued job with one conditional update, so no two nodes
/// ever run the same job.
/// </summary>
public class UploadJob
{
    public const string Queued = "queued";
    public const string Running = "running";
    /// <summary>Finished: checked only (a dry run), or saved, or blocked by errors.</summary>
    public const string Finished = "finished";
    /// <summary>Stopped by something other than the files: the server stopped, or the database failed.</summary>
    public const string Failed = "failed";

    public long Id { get; set; }
    public int AreaId { get; set; }
    /// <summary>Set when a manager uploads: only this organisation's rows are accepted.</summary>
    public int? OrganisationId { get; set; }
    public required string UserId { get; set; }
    public bool DryRun { get; set; }
    public required string Status { get; set; }
    /// <summary>What the job is doing now, in words: "Checking workers.csv", "Saving".</summary>
    public string? Stage { get; set; }
    public long BytesDone { get; set; }
    public long BytesTotal { get; set; }
    public long RowsRead { get; set; }
    public int Errors { get; set; }
    public int Warnings { get; set; }
    public int Added { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public int Removed { get; set; }
    public bool Saved { get; set; }
    public string? FailureMessage { get; set; }
    public required string StandardVersion { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTime? HeartbeatAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public long? SubmissionId { get; set; }
    /// <summary>When finished: what happened to each kind of record, and how many messages of each code (JSON).</summary>
    public string? SummaryJson { get; set; }

    public int Percent => BytesTotal <= 0 ? 0 : (int)Math.Min(100, BytesDone * 100 / BytesTotal);
}

/// <summary>A file of an upload job, kept in the database so whichever node runs the job can read it.</summary>
public class UploadFile
{
    public long Id { get; set; }
    public long JobId { get; set; }
    public required string FileName { get; set; }
    public long Length { get; set; }
    public required byte[] Content { get; set; }
}

/// <summary>One stored message of an upload job (the fix comes from its code).</summary>
public class UploadMessageRecord
{
    public long Id { get; set; }
    public long JobId { get; set; }
    public required string Code { get; set; }
    public bool IsError { get; set; }
    public required string File { get; set; }
    public long Row { get; set; }
    public required string Column { get; set; }
    public required string Value { get; set; }
    public required string Message { get; set; }
}
