using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Data.Audit;

namespace OneWorkforce.Data.Workforce;

/// <summary>
/// Bulk upload of workforce files (organisations, workers, training records) in one transaction: every row
/// is checked as it streams in, the checked rows go to staging tables, the checks across files run in SQL,
/// and the merge follows. Any error, or a dry run, rolls the whole transaction back, so an upload commits
/// whole or not at all, even if the process is killed half way.
/// </summary>
public sealed class WorkforceImport(OneWorkforceDbContext db, DatabaseSettings database, TimeProvider clock, IActor actor)
{
    /// <summary>Staged rows above which PostgreSQL's merge joins by hash, never by nested loop.</summary>
    private const int NestedLoopLimit = 5_000;

    public async Task<ImportOutcome> RunAsync(ImportRequest request, UploadMessageLog log, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var now = clock.GetUtcNow().UtcDateTime;
        var totalBytes = request.Files.Sum(f => f.Length);
        long bytesBefore = 0;
        var ownReference = request.OrganisationId is { } own
            ? await db.Organisations.Where(o => o.Id == own).Select(o => o.Reference).SingleAsync(cancellationToken)
            : null;

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var connection = db.Database.GetDbConnection();
            var dbTransaction = transaction.GetDbTransaction();
            var submission = new WorkforceSubmission
            {
                AreaId = request.AreaId,
                OrganisationId = request.OrganisationId,
                Channel = request.Channel,
                StandardVersion = WorkforceStandard.Version,
                ActorId = request.ActorId,
                CreatedAt = now,
            };
            db.WorkforceSubmissions.Add(submission);
            await db.SaveChangesAsync(cancellationToken);

            var staging = new Dictionary<string, StagingTable>();
            var organisationRows = new List<(int FileNo, long Row, object?[] Values)>();
            var fileNames = new List<string>();
            try
            {
                for (var fileNo = 0; fileNo < request.Files.Count; fileNo++)
                {
                    var source = request.Files[fileNo];
                    fileNames.Add(source.FileName);
                    progress?.Report(new ImportProgress($"Checking {source.FileName}", bytesBefore, totalBytes, Rows()));
                    using var reader = UploadFileReader.Open(source, log.Add);
                    if (reader is null)
                    {
                        bytesBefore += source.Length;
                        continue;
                    }
                    var layout = WorkforceStandard.Recognise(reader.Headers);
                    if (layout is null)
                    {
                        log.Add(MessageCodes.FileNotRecognised.At(source.FileName, 1, "", "",
                            $"The header row ({UploadMessage.Shorten(string.Join(", ", reader.Headers))}) is not the header of an organisations, workers or training records file."));
                        bytesBefore += source.Length;
                        continue;
                    }
                    if (layout.AreaLeadsOnly && request.OrganisationId is not null)
                    {
                        log.Add(MessageCodes.OrganisationsFileNotAllowed.At(source.FileName, 1, "", "", "This is an organisations file."));
                        bytesBefore += source.Length;
                        continue;
                    }
                    var rows = new RowReader(source.FileName, layout, reader.Headers, today);
                    rows.HeaderMessages.ForEach(log.Add);
                    if (!rows.CanReadRows)
                    {
                        bytesBefore += source.Length;
                        continue;
                    }
                    StagingTable? table = null;
                    if (layout != WorkforceStandard.Organisations && !staging.TryGetValue(layout.Name, out table))
                    {
                        table = await StagingTable.CreateAsync(connection, dbTransaction, database.Provider, layout, cancellationToken);
                        staging[layout.Name] = table;
                    }
                    var count = 0L;
                    await using var pipe = table is null ? null : new StagingPipe(table, cancellationToken);
                    foreach (var (row, fields) in reader.Rows(log.Add))
                    {
                        var values = rows.Read(row, fields, log.Add);
                        if (values is not null && ownReference is not null && !string.Equals((string)values[0]!, ownReference, StringComparison.Ordinal))
                        {
                            log.Add(MessageCodes.NotYourOrganisation.At(source.FileName, row, "organisation_reference", (string)values[0]!,
                                $"The row is for organisation '{values[0]}'; your organisation's reference is '{ownReference}'."));
                            values = null;
                        }
                        if (values is not null)
                        {
                            if (table is null)
                            {
                                organisationRows.Add((fileNo, row, values));
                            }
                            else
                            {
                                await pipe!.AddAsync(fileNo, row, values, cancellationToken);
                            }
                        }
                        if (++count % 20_000 == 0)
                        {
                            cancellationToken.ThrowIfCancellationRequested();
                            progress?.Report(new ImportProgress($"Checking {source.FileName}", bytesBefore + reader.BytesRead, totalBytes, Rows() + count));
                        }
                    }
                    if (table is not null)
                    {
                        await pipe!.CompleteAsync(cancellationToken);
                        await table.CompleteAsync(cancellationToken);
                    }
                    bytesBefore += source.Length;
                }
                progress?.Report(new ImportProgress("Checking across files and saving", totalBytes, totalBytes, Rows()));

                var counts = new List<LayoutCounts>();
                var merge = new MergeSql(database.Provider);
                var sql = new SqlRunner(connection, dbTransaction, request.AreaId, submission.Id, now, cancellationToken);
                if (database.Provider == DatabaseProvider.Postgres && Rows() > NestedLoopLimit)
                {
                    // PostgreSQL plans a table it last saw empty (a first upload, or one after a rolled-back upload was
                    // vacuumed away) as one row, and then checks each new row by scanning the table it is filling: a
                    // nested loop that grows with the square of the rows and never finishes on a large upload. Joining
                    // by hash is right for a large upload whatever the statistics say.
                    await sql.ExecuteAsync("SET LOCAL enable_nestloop = off");
                }
                if (organisationRows.Count > 0)
                {
                    counts.Add(await new OrganisationMerge(db, request.AreaId, fileNames, log).ApplyAsync(organisationRows, cancellationToken));
                }
                if (staging.TryGetValue("workers", out var workers))
                {
                    counts.Add(await MergeAsync(sql, merge, workers, "workers", fileNames, log, Step));
                }
                if (staging.TryGetValue("training", out var training))
                {
                    if (staging.ContainsKey("workers"))
                    {
                        // The training check looks up each row's person among the staged workers too.
                        await sql.ExecuteAsync("CREATE INDEX ix_stage_workers_key ON stage_workers (organisation_reference, staff_reference)");
                    }
                    await sql.ReadAsync(MergeSql.UnknownWorkers(staging.ContainsKey("workers")), r => log.Add(MessageCodes.UnknownWorker.At(fileNames[r.GetInt32(0)], r.GetInt64(1), "staff_reference", r.GetString(2),
                        $"No person with staff reference '{r.GetString(2)}' is held for this organisation.")));
                    counts.Add(await MergeAsync(sql, merge, training, "training_records", fileNames, log, Step));
                }

                var saved = log.Errors == 0 && !request.DryRun;
                if (saved)
                {
                    submission.Added = counts.Sum(c => c.Added);
                    submission.Updated = counts.Sum(c => c.Updated);
                    submission.Unchanged = counts.Sum(c => c.Unchanged);
                    submission.Removed = counts.Sum(c => c.Removed);
                    db.AuditEntries.Add(AuditLog.Create(actor.Id == request.ActorId || request.Channel != "upload" ? actor : new UploadActor(request.ActorId, "Workforce upload"), clock, "workforce-upload", "workforce_submission", submission.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        new Dictionary<string, FieldChange>
                        {
                            ["files"] = new(null, string.Join(", ", fileNames)),
                            ["added"] = new(null, submission.Added.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                            ["updated"] = new(null, submission.Updated.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                            ["removed"] = new(null, submission.Removed.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                        }, request.AreaId, request.OrganisationId));
                    await db.SaveChangesAsync(cancellationToken);
                    progress?.Report(new ImportProgress("Committing", totalBytes, totalBytes, Rows()));
                    await transaction.CommitAsync(cancellationToken);
                }
                else
                {
                    await transaction.RollbackAsync(cancellationToken);
                }
                db.ChangeTracker.Clear();
                return new ImportOutcome(saved, log.Errors, log.Warnings, counts, saved ? submission.Id : null);
            }
            finally
            {
                foreach (var table in staging.Values)
                {
                    await table.DisposeAsync();
                }
            }

            long Rows() => staging.Values.Sum(t => t.Count) + organisationRows.Count;

            void Step(string stage) => progress?.Report(new ImportProgress(stage, totalBytes, totalBytes, Rows()));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<LayoutCounts> MergeAsync(SqlRunner sql, MergeSql merge, StagingTable staged, string table, List<string> fileNames, UploadMessageLog log,
        Action<string> step)
    {
        var layout = staged.Layout;
        var what = layout.Title.ToLowerInvariant();
        step($"Looking for {what} given twice");
        await sql.ReadAsync(MergeSql.Duplicates(layout), r => log.Add(MessageCodes.DuplicateRow.At(fileNames[r.GetInt32(0)], r.GetInt64(1), layout.KeyColumns[^1], r.GetString(2),
            $"The same {(layout == WorkforceStandard.Workers ? "person (organisation and staff reference)" : "training (person, title and date)")} is also on row {r.GetInt64(4)} of {fileNames[r.GetInt32(3)]}.")));
        if (layout == WorkforceStandard.Workers)
        {
            step("Checking the organisations of the workers");
            await sql.ReadAsync(MergeSql.UnknownOrganisations(layout), r => log.Add(MessageCodes.UnknownOrganisation.At(fileNames[r.GetInt32(0)], r.GetInt64(1), "organisation_reference", r.GetString(2),
                $"No organisation with reference '{r.GetString(2)}' is in this area.")));
        }
        // Most uploads mark nothing for deletion: then skip the delete statements (PostgreSQL may plan them badly on an empty set).
        var deletes = await sql.ScalarAsync($"SELECT COUNT(*) FROM {staged.Name} WHERE action = 'delete'");
        if (deletes > 0)
        {
            await sql.ReadAsync(MergeSql.DeletesNotFound(layout, table), r => log.Add(MessageCodes.DeleteNotFound.At(fileNames[r.GetInt32(0)], r.GetInt64(1), "action", "delete",
            "No record with these references is held.")));
        }
        if (log.Errors > 0)
        {
            // Nothing will be saved: skip the merge, which would only be rolled back.
            return new LayoutCounts(layout.Name, staged.Count, 0, 0, 0, 0);
        }
        var removed = 0;
        if (deletes > 0)
        {
            step($"Removing {what} marked for deletion");
            if (layout == WorkforceStandard.Workers)
            {
                await sql.ExecuteAsync(MergeSql.DeleteTrainingOfRemovedWorkers);
            }
            removed = await sql.ExecuteAsync(MergeSql.Delete(layout, table));
        }
        step($"Updating changed {what}");
        var updated = await sql.ExecuteAsync(merge.Update(layout, table));
        step($"Adding new {what}");
        var added = await sql.ExecuteAsync(MergeSql.Insert(layout, table));
        var unchanged = (int)(staged.Count - deletes - added - updated);
        return new LayoutCounts(layout.Name, staged.Count, added, updated, unchanged, removed);
    }

    /// <summary>Runs the merge's statements on the upload's connection and transaction.</summary>
    private sealed class SqlRunner(DbConnection connection, DbTransaction transaction, int areaId, long submissionId, DateTime now, CancellationToken cancellationToken)
    {
        public async Task<int> ExecuteAsync(string sql)
        {
            await using var command = Command(sql);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }

        public async Task<long> ScalarAsync(string sql)
        {
            await using var command = Command(sql);
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }

        public async Task ReadAsync(string sql, Action<DbDataReader> row)
        {
            await using var command = Command(sql);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                row(reader);
            }
        }

        private DbCommand Command(string sql)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            command.CommandTimeout = 0;
            Add(command, "@area", areaId);
            Add(command, "@submission", submissionId);
            Add(command, "@now", now);
            return command;
        }

        private static void Add(DbCommand command, string name, object value)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
    }
}

/// <summary>The person who queued an upload, for the audit log of a job run in the background.</summary>
internal sealed record UploadActor(string Id, string Name) : IActor;
