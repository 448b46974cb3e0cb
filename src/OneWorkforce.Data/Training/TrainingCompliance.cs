using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Training;
using OneWorkforce.Core.Workforce;
using OneWorkforce.Data.Audit;

namespace OneWorkforce.Data.Training;

/// <summary>One person in post and how they stand against every piece of training their role requires.</summary>
public sealed record PersonCompliance(long WorkerId, int OrganisationId, string StaffReference, string Role, string? QualificationLevel,
    IReadOnlyList<ComplianceCheck> Checks)
{
    public ComplianceState Worst => Checks.Count == 0 ? ComplianceState.InDate : Checks.Min(c => c.State);
}

/// <summary>Everyone assessed, with the requirements used.</summary>
public sealed record ComplianceResult(DateOnly Today, IReadOnlyList<PersonCompliance> People, IReadOnlyList<TrainingRequirement> Requirements)
{
    /// <summary>Counts by role and topic (key "role/topic"), in the order of the role's name then the topic's code.</summary>
    public IReadOnlyList<(string Key, string Label, ComplianceCounts Counts)> ByRoleAndTopic() =>
        People.SelectMany(p => p.Checks.Select(c => (p.Role, c)))
            .GroupBy(x => (x.Role, x.c.Requirement.Topic))
            .OrderBy(g => WorkforceCodes.Roles.LabelOf(g.Key.Role), StringComparer.Ordinal).ThenBy(g => g.Key.Topic, StringComparer.Ordinal)
            .Select(g => ($"{g.Key.Role}/{g.Key.Topic}", $"{WorkforceCodes.Roles.LabelOf(g.Key.Role)}: {WorkforceCodes.TrainingTopics.LabelOf(g.Key.Topic)}", ComplianceCounts.Of(g.Select(x => x.c))))
            .ToList();

    /// <summary>Counts by organisation (key its id), in the order of the organisations' names.</summary>
    public IReadOnlyList<(string Key, string Label, ComplianceCounts Counts)> ByOrganisation(IReadOnlyDictionary<int, string> names) =>
        People.GroupBy(p => p.OrganisationId)
            .OrderBy(g => names.GetValueOrDefault(g.Key, ""), StringComparer.Ordinal)
            .Select(g => (g.Key.ToString(CultureInfo.InvariantCulture), names.GetValueOrDefault(g.Key, g.Key.ToString(CultureInfo.InvariantCulture)), ComplianceCounts.Of(g.SelectMany(p => p.Checks))))
            .ToList();
}

/// <summary>
/// Required training by role (an area's, and an organisation's on top) and compliance against it. One read of people
/// in post and one grouped read of their latest training per topic and level (an index covers it); the rules are in
/// <see cref="Compliance"/>.
/// </summary>
public sealed class TrainingCompliance(OneWorkforceDbContext db, AuditLog audit, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The area's requirements and, when an organisation is given, that organisation's own; for the whole area, every organisation's.</summary>
    public async Task<List<TrainingRequirement>> RequirementsAsync(int areaId, int? organisationId, CancellationToken cancellationToken = default) =>
        await db.TrainingRequirements.AsNoTracking()
            .Where(r => r.AreaId == areaId && (organisationId == null || r.OrganisationId == null || r.OrganisationId == organisationId))
            .OrderBy(r => r.OrganisationId).ThenBy(r => r.Role).ThenBy(r => r.Topic).ToListAsync(cancellationToken);

    /// <summary>Adds a requirement after checking it; the message says which field is wrong and how to put it right.</summary>
    public async Task<(TrainingRequirement? Added, IReadOnlyList<(string Field, string Message)> Errors)> AddAsync(int areaId, int? organisationId,
        string? role, string? topic, string? level, string? refreshYears, IReadOnlyList<string> coreAreas, CancellationToken cancellationToken = default)
    {
        var errors = new List<(string, string)>();
        role = role?.Trim();
        topic = topic?.Trim();
        if (string.IsNullOrEmpty(role) || (role != TrainingRequirement.AnyRole && WorkforceCodes.Roles.Find(role) is null))
        {
            errors.Add(("Role", "Choose the role this training is required for, or everyone"));
        }
        if (string.IsNullOrEmpty(topic) || WorkforceCodes.TrainingTopics.Find(topic) is null)
        {
            errors.Add(("Topic", "Choose the topic of the training"));
        }
        level = string.IsNullOrWhiteSpace(level) ? null : level.Trim();
        if (level is not null && (topic != "safeguarding" || WorkforceCodes.SafeguardingLevels.Find(level) is null))
        {
            errors.Add(("Level", topic == "safeguarding" ? "Choose level 1, 2 or 3" : "A level is only set for safeguarding training: leave it blank"));
        }
        int? years = null;
        if (!string.IsNullOrWhiteSpace(refreshYears))
        {
            if (int.TryParse(refreshYears.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1 and <= 10)
            {
                years = y;
            }
            else
            {
                errors.Add(("RefreshYears", "Enter how many years until it must be done again, a whole number from 1 to 10, or leave it blank if once is enough"));
            }
        }
        var areas = coreAreas.Where(a => !string.IsNullOrWhiteSpace(a)).Distinct().ToList();
        if (areas.Count > 0 && topic != "common-core")
        {
            errors.Add(("CoreAreas", "Common Core areas are only set for Common Core training: untick them, or choose the Common Core topic"));
        }
        if (areas.Any(a => a is not ("1" or "2" or "3" or "4" or "5" or "6")))
        {
            errors.Add(("CoreAreas", "Choose Common Core areas from the six listed"));
        }
        if (errors.Count == 0 && await db.TrainingRequirements.AnyAsync(r => r.AreaId == areaId && r.OrganisationId == organisationId && r.Role == role && r.Topic == topic, cancellationToken))
        {
            errors.Add(("Topic", "This role already has a requirement for this topic: remove it first to change it"));
        }
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        var requirement = new TrainingRequirement
        {
            AreaId = areaId,
            OrganisationId = organisationId,
            Role = role!,
            Topic = topic!,
            SafeguardingLevel = level,
            RefreshYears = years,
            CommonCoreAreas = Course.Join(areas.Order()),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.TrainingRequirements.Add(requirement);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record("training-requirement-add", "TrainingRequirement", requirement.Id.ToString(CultureInfo.InvariantCulture), Describe(requirement, null), areaId, organisationId);
        await db.SaveChangesAsync(cancellationToken);
        return (requirement, []);
    }

    /// <summary>Removes one of the area's (organisationId null) or one organisation's own requirements; false when there is no such requirement there.</summary>
    public async Task<bool> RemoveAsync(int areaId, int? organisationId, int id, CancellationToken cancellationToken = default)
    {
        var requirement = await db.TrainingRequirements.SingleOrDefaultAsync(r => r.Id == id && r.AreaId == areaId && r.OrganisationId == organisationId, cancellationToken);
        if (requirement is null)
        {
            return false;
        }
        db.TrainingRequirements.Remove(requirement);
        audit.Record("training-requirement-remove", "TrainingRequirement", id.ToString(CultureInfo.InvariantCulture), Describe(null, requirement), areaId, organisationId);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Everyone in post in the area (or one organisation, or one person) against the requirements of their role.
    /// People whose role has no requirement are left out unless <paramref name="everyone"/> (the needs analysis also
    /// looks at qualifications).
    /// </summary>
    public async Task<ComplianceResult> AssessAsync(int areaId, int? organisationId = null, long? workerId = null, DateOnly? asAt = null,
        bool everyone = false, CancellationToken cancellationToken = default)
    {
        var today = asAt ?? Today;
        var requirements = await RequirementsAsync(areaId, organisationId, cancellationToken);
        if (requirements.Count == 0 && !everyone)
        {
            return new ComplianceResult(today, [], requirements);
        }
        var topics = requirements.Select(r => r.Topic).Distinct().ToList();
        var roles = everyone || requirements.Any(r => r.Role == TrainingRequirement.AnyRole) ? null : requirements.Select(r => r.Role).ToHashSet();

        // Plain SQL read row by row: on an area of 50,000 people with 500,000 records, several times quicker than through EF.
        var parameters = new Dictionary<string, object> { ["area"] = areaId, ["today"] = today };
        var narrow = "";
        if (organisationId is { } org)
        {
            parameters["organisation"] = org;
            narrow += " AND organisation_id = @organisation";
        }
        if (workerId is { } id)
        {
            parameters["worker"] = id;
            narrow += " AND {0} = @worker"; // id in workers, worker_id in training_records
        }
        var people = new List<(long Id, int OrganisationId, string StaffReference, string Role, string? Level)>();
        var peopleSql = "SELECT id, organisation_id, staff_reference, role, highest_qualification_level FROM workers WHERE area_id = @area AND start_date <= @today " +
            "AND (leaving_date IS NULL OR leaving_date > @today)" + string.Format(CultureInfo.InvariantCulture, narrow, "id");
        void Person(System.Data.Common.DbDataReader r)
        {
            var role = r.GetString(3);
            if (roles is null || roles.Contains(role))
            {
                people.Add((r.GetInt64(0), r.GetInt32(1), r.GetString(2), role, r.IsDBNull(4) ? null : r.GetString(4)));
            }
        }
        // A whole area: the people are read on a second connection while this one groups the training records (the two
        // reads take about as long as each other, so the dashboard waits for one, not both). Inside a transaction, or for
        // one organisation or person, one connection does both in turn.
        var inParallel = organisationId is null && workerId is null && topics.Count > 0 && db.Database.CurrentTransaction is null;
        var readingPeople = inParallel
            ? Task.Run(() => RawSql.ReadOnOwnConnectionAsync(db, peopleSql, parameters, Person, cancellationToken), cancellationToken)
            : RawSql.ReadAsync(db, peopleSql, parameters, Person, cancellationToken);
        if (!inParallel)
        {
            await readingPeople;
        }
        var held = new Dictionary<long, List<HeldTraining>>();
        if (topics.Count > 0)
        {
            // PostgreSQL groups by hashing; with its default 4 MB of working memory an area's records spill to disk.
            await using var transaction = db.Database.IsNpgsql() && db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            if (transaction is not null)
            {
                await db.Database.ExecuteSqlRawAsync("SET LOCAL work_mem = '64MB'", cancellationToken);
            }
            // Topic codes are the data standard's own (checked when a requirement is saved), so they go in as literals: the
            // database then reads the covering index one topic at a time, in the order it groups by, with no sort.
            var topicList = string.Join(", ", topics.Select(Literal));
            // The latest completion per person, topic and level, grouped by the database as it reads the covering index (topic
            // and level come back as numbers and the date as a day number, so reading a quarter of a million rows stays cheap);
            // then Common Core training that names its areas, which needs the areas themselves.
            var topicIndex = string.Join(" ", topics.Select((t, i) => $"WHEN {Literal(t)} THEN {i}"));
            var day = db.Database.IsNpgsql() ? "(MAX(completed_on) - DATE '1970-01-01')" : "CAST(julianday(MAX(completed_on)) - 2440587.5 AS INTEGER)";
            await RawSql.ReadAsync(db,
                $"SELECT worker_id, CASE topic {topicIndex} END, CASE safeguarding_level WHEN '1' THEN 1 WHEN '2' THEN 2 WHEN '3' THEN 3 ELSE 0 END, {day} " +
                $"FROM training_records WHERE area_id = @area AND topic IN ({topicList}) AND (topic <> 'common-core' OR common_core_areas IS NULL)" +
                string.Format(CultureInfo.InvariantCulture, narrow, "worker_id") + " GROUP BY topic, worker_id, safeguarding_level", parameters,
                r => Add(r.GetInt64(0), topics[r.GetInt32(1)], Levels[r.GetInt32(2)], Epoch.AddDays(r.GetInt32(3)), null), cancellationToken);
            if (topics.Contains("common-core"))
            {
                await RawSql.ReadAsync(db,
                    "SELECT worker_id, common_core_areas, MAX(completed_on) FROM training_records WHERE area_id = @area AND topic = 'common-core' AND common_core_areas IS NOT NULL" +
                    string.Format(CultureInfo.InvariantCulture, narrow, "worker_id") + " GROUP BY worker_id, common_core_areas", parameters,
                    r => Add(r.GetInt64(0), "common-core", null, r.GetFieldValue<DateOnly>(2), r.GetString(1)), cancellationToken);
            }

            void Add(long worker, string topic, string? level, DateOnly completed, string? areas)
            {
                if (!held.TryGetValue(worker, out var list))
                {
                    held[worker] = list = [];
                }
                list.Add(new HeldTraining(topic, level, completed, areas));
            }
        }

        await readingPeople;
        var areaRequirements = requirements.Where(r => r.OrganisationId is null).ToList();
        var byOrganisation = requirements.Where(r => r.OrganisationId is not null).ToLookup(r => r.OrganisationId!.Value);
        var required = new Dictionary<(int, string), IReadOnlyList<RequiredTopic>>();
        var result = new List<PersonCompliance>(people.Count);
        foreach (var person in people)
        {
            if (!required.TryGetValue((person.OrganisationId, person.Role), out var topicsForRole))
            {
                topicsForRole = Compliance.ForRole(person.Role, areaRequirements.Concat(byOrganisation[person.OrganisationId]));
                required[(person.OrganisationId, person.Role)] = topicsForRole;
            }
            if (topicsForRole.Count == 0 && !everyone)
            {
                continue;
            }
            var checks = Compliance.AssessPerson(topicsForRole, held.TryGetValue(person.Id, out var mine) ? mine : [], today);
            result.Add(new PersonCompliance(person.Id, person.OrganisationId, person.StaffReference, person.Role, person.Level, checks));
        }
        return new ComplianceResult(today, result, requirements);
    }

    private static readonly DateOnly Epoch = new(1970, 1, 1);
    private static readonly string?[] Levels = [null, "1", "2", "3"];

    private static string Literal(string code) => "'" + code.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static Dictionary<string, FieldChange> Describe(TrainingRequirement? added, TrainingRequirement? removed)
    {
        static string Text(TrainingRequirement r) =>
            $"{r.Role}: {r.Topic}{(r.SafeguardingLevel is null ? "" : " level " + r.SafeguardingLevel)}{(r.RefreshYears is null ? "" : $" every {r.RefreshYears} years")}{(r.CommonCoreAreas is null ? "" : " areas " + r.CommonCoreAreas)}";
        return new Dictionary<string, FieldChange> { ["requirement"] = new(removed is null ? null : Text(removed), added is null ? null : Text(added)) };
    }
}
