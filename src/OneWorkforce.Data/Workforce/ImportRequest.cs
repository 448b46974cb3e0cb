namespace OneWorkforce.Data.Workforce;

/// <summary>What to import: the files, into which area, for whom (a manager's organisation, or the whole area), and whether to save.</summary>
public sealed record ImportRequest(int AreaId, int? OrganisationId, bool DryRun, IReadOnlyList<UploadSource> Files, string ActorId, string Channel = "upload");

/// <summary>What happened to one kind of record.</summary>
public sealed record LayoutCounts(string Layout, long Rows, int Added, int Updated, int Unchanged, int Removed);

/// <summary>The result of an import: saved or not, and what it did (or would do, in a dry run).</summary>
public sealed record ImportOutcome(bool Saved, int Errors, int Warnings, IReadOnlyList<LayoutCounts> Counts, long? SubmissionId)
{
    public int Added => Counts.Sum(c => c.Added);
    public int Updated => Counts.Sum(c => c.Updated);
    public int Unchanged => Counts.Sum(c => c.Unchanged);
    public int Removed => Counts.Sum(c => c.Removed);
    public long Rows => Counts.Sum(c => c.Rows);
}

/// <summary>Where an import has got to.</summary>
public sealed record ImportProgress(string Stage, long BytesDone, long BytesTotal, long Rows);
