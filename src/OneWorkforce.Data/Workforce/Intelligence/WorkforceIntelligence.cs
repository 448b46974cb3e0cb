using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Core.Workforce.Intelligence;

namespace OneWorkforce.Data.Workforce.Intelligence;

/// <summary>
/// The workforce intelligence reports from the live data: one aggregate query per report (grouped by organisation,
/// so every scope and benchmark comes from the same scan), then the pure calculations of <see cref="ReportCalculator"/>.
/// </summary>
public sealed class WorkforceIntelligence(OneWorkforceDbContext db, DatabaseSettings database, IOptions<WorkforceSettings> settings)
{
    public int Threshold => settings.Value.DisclosureThreshold;

    /// <summary>The report for a filter. <paramref name="suppress"/> is false only for the organisation's own managers.</summary>
    public async Task<WorkforceReport> BuildAsync(ReportDefinition report, ReportFilter filter, DateOnly asAt, bool suppress, CancellationToken cancellationToken = default)
    {
        var facts = await LoadAsync(report, filter.AreaId, filter.OrganisationId, asAt, cancellationToken);
        return await BuildAsync(facts, filter, asAt, suppress, cancellationToken);
    }

    /// <summary>
    /// The report of a filter from facts already loaded: shared figures are protected with the cell keys of the
    /// organisations the filter takes in (ADR 0020), so every page, download, API answer, snapshot and comparison that
    /// shows the same people shows the same figure.
    /// </summary>
    public async Task<WorkforceReport> BuildAsync(ScopeFacts facts, ReportFilter filter, DateOnly asAt, bool suppress, CancellationToken cancellationToken = default)
    {
        var members = facts.Places.Values.Where(filter.Includes).Select(p => p.Id).ToList();
        var keys = suppress ? await CellKeysAsync(facts, members, cancellationToken) : null;
        return ReportCalculator.Build(facts.Report, facts.Sum(members), asAt, suppress, Threshold, keys);
    }

    /// <summary>The cell keys of some organisations' facts, under this installation's secret.</summary>
    public async Task<ICellKeys> CellKeysAsync(ScopeFacts facts, IEnumerable<int> organisationIds, CancellationToken cancellationToken = default)
    {
        var secret = await DisclosureSecret.GetAsync(db, database, cancellationToken);
        return new OrganisationCellKeys(secret, organisationIds.Select(id => (id, (IReadOnlyDictionary<string, Measure>)facts.Of(id))));
    }

    /// <summary>Every organisation's facts for a report: in one organisation, one area, or every area (both null).</summary>
    public async Task<ScopeFacts> LoadAsync(ReportDefinition report, int? areaId, int? organisationId, DateOnly asAt, CancellationToken cancellationToken = default)
    {
        var places = await PlacesAsync(areaId, organisationId, cancellationToken);
        var parameters = ReportSql.Parameters(asAt);
        string scope;
        if (organisationId is { } organisation)
        {
            scope = "w.organisation_id = @scope";
            parameters["scope"] = organisation;
        }
        else if (areaId is { } area)
        {
            scope = "w.area_id = @scope";
            parameters["scope"] = area;
        }
        else
        {
            scope = "1 = 1";
        }
        var byOrganisation = new Dictionary<int, Dictionary<string, Measure>>();
        void Add(int id, string key, long n, double m)
        {
            if (!byOrganisation.TryGetValue(id, out var facts))
            {
                byOrganisation[id] = facts = [];
            }
            if (key == "trained")
            {
                facts["any"] = facts.GetValueOrDefault("any") + new Measure(n, 0);
                facts["safeguarding-current"] = facts.GetValueOrDefault("safeguarding-current") + new Measure((long)m, 0);
                return;
            }
            if (key == "headcounts")
            {
                facts["headcount-now"] = facts.GetValueOrDefault("headcount-now") + new Measure(n, 0);
                facts["headcount-year-ago"] = facts.GetValueOrDefault("headcount-year-ago") + new Measure((long)m, 0);
                return;
            }
            if (report.Name == "qualifications")
            {
                key = (places.TryGetValue(id, out var place) ? place.MainSector ?? Bands.NotKnown : Bands.NotKnown) + "|" + key;
            }
            facts[key] = facts.GetValueOrDefault(key) + new Measure(n, m);
        }
        var parts = database.Provider == DatabaseProvider.Sqlite && organisationId is null ? await RangesAsync(cancellationToken) : [];
        var statements = ReportSql.For(report, scope + (parts.Count > 0 ? " AND w.id BETWEEN @from AND @to" : ""));
        if (database.Provider == DatabaseProvider.Postgres && report.Name == "training" && !await TrainingAfterAsync(parameters, cancellationToken))
        {
            // Each person's latest training answers for this date (ADR 0019): one pass over a row per person, not every record.
            statements = [statements[0], ReportSql.TrainingFromLatest(scope)];
        }
        if (database.Provider == DatabaseProvider.Postgres && statements.Count > 1)
        {
            // PostgreSQL answers each statement on one backend: read a report's statements at once, each on its own
            // connection. (Cutting the workers into parts as on SQLite was slower here: PostgreSQL already runs parallel workers.)
            var answers = await Task.WhenAll(statements.Select(async sql =>
            {
                var rows = new List<(int Id, string Key, long N, double M)>();
                await RawSql.ReadOnOwnConnectionAsync(db, sql, parameters, reader => rows.Add((reader.GetInt32(0), reader.GetString(1), ReadN(reader), ReadM(reader))), cancellationToken);
                return rows;
            }));
            foreach (var (id, key, n, m) in answers.SelectMany(a => a))
            {
                Add(id, key, n, m);
            }
            return new ScopeFacts(report, places, byOrganisation);
        }
        foreach (var sql in statements)
        {
            if (parts.Count == 0)
            {
                await RawSql.ReadAsync(db, sql, parameters, reader => Add(reader.GetInt32(0), reader.GetString(1), ReadN(reader), ReadM(reader)), cancellationToken);
                continue;
            }
            // SQLite answers one statement on one core: split the workers by id range and read the parts at once.
            var results = await Task.WhenAll(parts.Select(part => Task.Run(() => ReadSqlitePart(sql, parameters, part, cancellationToken), cancellationToken)));
            foreach (var (id, key, n, m) in results.SelectMany(r => r))
            {
                Add(id, key, n, m);
            }
        }
        return new ScopeFacts(report, places, byOrganisation);
    }

    private async Task<bool> TrainingAfterAsync(Dictionary<string, object> parameters, CancellationToken cancellationToken)
    {
        var after = false;
        await RawSql.ReadAsync(db, ReportSql.TrainingAfterAsAt, parameters, r => after = r.GetInt32(0) == 1, cancellationToken);
        return after;
    }

    private static long ReadN(System.Data.Common.DbDataReader reader) => Convert.ToInt64(reader.GetValue(2), System.Globalization.CultureInfo.InvariantCulture);

    private static double ReadM(System.Data.Common.DbDataReader reader) =>
        reader.IsDBNull(3) ? 0 : Convert.ToDouble(reader.GetValue(3), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The workers' id range cut into one part per core (at most 4), or none for a small table.</summary>
    private async Task<IReadOnlyList<(long From, long To)>> RangesAsync(CancellationToken cancellationToken)
    {
        long low = 0, high = 0;
        await RawSql.ReadAsync(db, "SELECT COALESCE(MIN(id), 0), COALESCE(MAX(id), 0) FROM workers", null, r => (low, high) = (r.GetInt64(0), r.GetInt64(1)), cancellationToken);
        var count = Math.Clamp(Environment.ProcessorCount, 1, 4);
        if (high - low < 50_000 || count == 1)
        {
            return [];
        }
        var size = (high - low) / count + 1;
        return Enumerable.Range(0, count).Select(i => (low + i * size, Math.Min(high, low + (i + 1) * size - 1))).ToList();
    }

    private List<(int Id, string Key, long N, double M)> ReadSqlitePart(string sql, Dictionary<string, object> parameters, (long From, long To) part, CancellationToken cancellationToken)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue("@" + name, value);
        }
        command.Parameters.AddWithValue("@from", part.From);
        command.Parameters.AddWithValue("@to", part.To);
        var rows = new List<(int, string, long, double)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            rows.Add((reader.GetInt32(0), reader.GetString(1), ReadN(reader), ReadM(reader)));
        }
        return rows;
    }

    /// <summary>Where each organisation sits: its area, district, sectors and categories.</summary>
    public async Task<IReadOnlyDictionary<int, OrganisationPlace>> PlacesAsync(int? areaId, int? organisationId, CancellationToken cancellationToken = default)
    {
        var query = db.Organisations.AsNoTracking();
        if (organisationId is { } id)
        {
            query = query.Where(o => o.Id == id);
        }
        else if (areaId is { } area)
        {
            query = query.Where(o => o.AreaId == area);
        }
        var rows = await query.Select(o => new { o.Id, o.AreaId, o.Reference, o.Name, o.DistrictId, o.WorkforceSectors, Categories = o.Categories.Select(c => c.CategoryCode).ToList() })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Id, r =>
        {
            var sectors = (r.WorkforceSectors ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return new OrganisationPlace(r.Id, r.AreaId, r.Reference, r.Name, r.DistrictId, sectors.FirstOrDefault(), sectors, r.Categories);
        });
    }
}
