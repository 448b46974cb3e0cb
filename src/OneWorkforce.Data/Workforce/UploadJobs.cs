using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OneWorkforce.Core.Workforce;

namespace OneWorkforce.Data.Workforce;

/// <summary>What a finished upload did to each kind of record, and how many messages of each code it gave.</summary>
public sealed record UploadSummary(IReadOnlyList<LayoutCounts> Counts, IReadOnlyDictionary<string, int> MessagesByCode, int MessagesKept);

/// <summary>
/// The progress of jobs running on this node. SQLite holds its one write lock for the whole of an upload's
/// transaction, so a status page on the same node reads progress from here; on PostgreSQL it is written to the job's row too.
/// </summary>
public sealed class UploadProgressBoard
{
    private readonly ConcurrentDictionary<long, ImportProgress> progress = new();

    public void Set(long jobId, ImportProgress value) => progress[jobId] = value;

    public ImportProgress? Get(long jobId) => progress.TryGetValue(jobId, out var value) ? value : null;

    public void Clear(long jobId) => progress.TryRemove(jobId, out _);
}

/// <summary>
/// Upload jobs: created by the upload page with their files, claimed by one node with a conditional update, run
/// through <see cref="WorkforceImport"/>, and finished with their summary and messages stored for the status page.
/// </summary>
public sealed class UploadJobs(OneWorkforceDbContext db, IServiceScopeFactory scopes, DatabaseSettings database, UploadProgressBoard board,
    TimeProvider clock, ILogger<UploadJobs> log)
{
    /// <summary>At most this many messages are kept for a job; the counts by code are always complete.</summary>
    public const int MessagesKept = 100_000;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<UploadJob> CreateAsync(int areaId, int? organisationId, string userId, bool dryRun, IReadOnlyList<(string Name, byte[] Content)> files,
        CancellationToken cancellationToken = default)
    {
        var job = new UploadJob
        {
            AreaId = areaId,
            OrganisationId = organisationId,
            UserId = userId,
            DryRun = dryRun,
            Status = UploadJob.Queued,
            Stage = "Waiting to start",
            BytesTotal = files.Sum(f => (long)f.Content.Length),
            StandardVersion = WorkforceStandard.Version,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.UploadJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        db.UploadFiles.AddRange(files.Select(f => new UploadFile { JobId = job.Id, FileName = f.Name, Length = f.Content.Length, Content = f.Content }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return job;
    }

    /// <summary>Claims the oldest queued job for this node, or null. Two nodes can race for one job: only one update succeeds.</summary>
    public async Task<long?> ClaimNextAsync(string node, CancellationToken cancellationToken = default)
    {
        var candidates = await db.UploadJobs.AsNoTracking().Where(j => j.Status == UploadJob.Queued).OrderBy(j => j.Id).Select(j => j.Id).Take(5).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var id in candidates)
        {
            var claimed = await db.UploadJobs.Where(j => j.Id == id && j.Status == UploadJob.Queued)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, UploadJob.Running).SetProperty(j => j.ClaimedBy, node)
                    .SetProperty(j => j.HeartbeatAt, now).SetProperty(j => j.Stage, "Starting"), cancellationToken);
            if (claimed == 1)
            {
                return id;
            }
        }
        return null;
    }

    /// <summary>
    /// Marks as failed the running jobs of other nodes that have not reported for <paramref name="after"/>: their node
    /// stopped, and since an upload saves in one transaction, nothing of theirs was saved.
    /// </summary>
    public async Task<int> FailStaleAsync(string node, TimeSpan after, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var before = now - after;
        return await db.UploadJobs.Where(j => j.Status == UploadJob.Running && j.ClaimedBy != node && j.HeartbeatAt < before)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, UploadJob.Failed).SetProperty(j => j.FinishedAt, now)
                .SetProperty(j => j.FailureMessage, "The upload stopped part way because the server running it stopped. Nothing from it was saved. Upload the files again."),
                cancellationToken);
    }

    /// <summary>Runs a claimed job to the end and stores its outcome; never throws for a problem with the files.</summary>
    public async Task RunAsync(long jobId, CancellationToken cancellationToken = default)
    {
        var job = await db.UploadJobs.AsNoTracking().SingleAsync(j => j.Id == jobId, cancellationToken);
        var files = await db.UploadFiles.AsNoTracking().Where(f => f.JobId == jobId).OrderBy(f => f.Id).ToListAsync(cancellationToken);
        var request = new ImportRequest(job.AreaId, job.OrganisationId, job.DryRun, files.Select(f => UploadSource.FromBytes(f.FileName, f.Content)).ToList(), job.UserId);
        using var messages = new UploadMessageLog();
        var lastWrite = DateTime.MinValue;
        var progress = new Progress(value =>
        {
            board.Set(jobId, value);
            var now = clock.GetUtcNow().UtcDateTime;
            if (database.Provider == DatabaseProvider.Postgres && now - lastWrite > TimeSpan.FromSeconds(1))
            {
                lastWrite = now;
                WriteProgress(jobId, value, now);
            }
        });
        try
        {
            ImportOutcome outcome;
            await using (var scope = scopes.CreateAsyncScope())
            {
                outcome = await scope.ServiceProvider.GetRequiredService<WorkforceImport>().RunAsync(request, messages, progress, cancellationToken);
            }
            var summary = new UploadSummary(outcome.Counts, messages.CountsByCode, Math.Min(MessagesKept, messages.Errors + messages.Warnings));
            foreach (var chunk in messages.ReadAll().Take(MessagesKept).Chunk(5_000))
            {
                db.UploadMessages.AddRange(chunk.Select(m => new UploadMessageRecord
                {
                    JobId = jobId, Code = m.Code, IsError = m.Severity == Severity.Error, File = Cut(m.File, 260), Row = m.Row,
                    Column = Cut(m.Column, 200), Value = Cut(m.Value, 200), Message = Cut(m.Message, 1000),
                }));
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }
            var finishedAt = clock.GetUtcNow().UtcDateTime;
            var json = JsonSerializer.Serialize(summary, Json);
            await db.UploadJobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, UploadJob.Finished).SetProperty(j => j.Stage, "Finished").SetProperty(j => j.BytesDone, job.BytesTotal)
                .SetProperty(j => j.RowsRead, outcome.Rows).SetProperty(j => j.Errors, outcome.Errors).SetProperty(j => j.Warnings, outcome.Warnings)
                .SetProperty(j => j.Added, outcome.Added).SetProperty(j => j.Updated, outcome.Updated).SetProperty(j => j.Unchanged, outcome.Unchanged)
                .SetProperty(j => j.Removed, outcome.Removed).SetProperty(j => j.Saved, outcome.Saved).SetProperty(j => j.SubmissionId, outcome.SubmissionId)
                .SetProperty(j => j.SummaryJson, json).SetProperty(j => j.FinishedAt, finishedAt).SetProperty(j => j.HeartbeatAt, finishedAt), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            log.LogError(exception, "Upload job {Job} failed", jobId);
            var finishedAt = clock.GetUtcNow().UtcDateTime;
            await db.UploadJobs.Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Status, UploadJob.Failed).SetProperty(j => j.FinishedAt, finishedAt)
                .SetProperty(j => j.FailureMessage, "The upload could not be finished because of a problem on our side. Nothing from it was saved. Try again later; if it happens again, tell your area's workforce lead."),
                CancellationToken.None);
        }
        finally
        {
            board.Clear(jobId);
        }
    }

    public static UploadSummary? SummaryOf(UploadJob job) => job.SummaryJson is null ? null : JsonSerializer.Deserialize<UploadSummary>(job.SummaryJson, Json);

    private void WriteProgress(long jobId, ImportProgress value, DateTime now)
    {
        try
        {
            using var scope = scopes.CreateScope();
            scope.ServiceProvider.GetRequiredService<OneWorkforceDbContext>().UploadJobs.Where(j => j.Id == jobId)
                .ExecuteUpdate(s => s.SetProperty(j => j.Stage, Cut(value.Stage, 200)).SetProperty(j => j.BytesDone, value.BytesDone)
                    .SetProperty(j => j.RowsRead, value.Rows).SetProperty(j => j.HeartbeatAt, now));
        }
        catch (Exception exception)
        {
            log.LogWarning(exception, "Could not record the progress of upload job {Job}", jobId);
        }
    }

    private static string Cut(string text, int length) => text.Length > length ? text[..(length - 1)] + "…" : text;

    private sealed class Progress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
