using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Assessment;
using OneWorkforce.Core.Reference;
using OneWorkforce.Core.Validation;

namespace OneWorkforce.Data.Assessment;

/// <summary>Where a statement's wording comes from.</summary>
public enum StatementSource
{
    Shipped,
    National,
    Local,
}

public sealed record StatementWording(int Arc, int Stage, string Group, string Text, StatementSource Source, string? UpdatedBy, DateTime? UpdatedAt);

/// <summary>
/// The framework's statements: the shipped national wording, the national administrator's edits, and each
/// area's local wording. A cycle takes a copy when it opens, so later edits never change what it asked.
/// </summary>
public sealed class FrameworkStatements(OneWorkforceDbContext db, TimeProvider clock)
{
    /// <summary>Every statement as an area's cycle would ask it (or nationally, with no area): local over national over shipped.</summary>
    public async Task<IReadOnlyList<StatementWording>> ForAsync(int? areaId, CancellationToken cancellationToken = default)
    {
        var stored = await db.OcwtStatements.AsNoTracking().Where(s => s.AreaId == null || s.AreaId == areaId).ToListAsync(cancellationToken);
        var national = stored.Where(s => s.AreaId is null).ToDictionary(s => (s.Arc, s.Stage, s.GroupCode));
        var local = areaId is null ? [] : stored.Where(s => s.AreaId == areaId).ToDictionary(s => (s.Arc, s.Stage, s.GroupCode));
        var all = new List<StatementWording>(256);
        foreach (var group in RespondentGroups.All)
        {
            foreach (var arc in Ocwt.Arcs)
            {
                foreach (var stage in Ocwt.Stages)
                {
                    var key = (arc.Number, stage.Number, group.Code);
                    all.Add(local.TryGetValue(key, out var l) ? new(arc.Number, stage.Number, group.Code, l.Text, StatementSource.Local, l.UpdatedBy, l.UpdatedAt)
                        : national.TryGetValue(key, out var n) ? new(arc.Number, stage.Number, group.Code, n.Text, StatementSource.National, n.UpdatedBy, n.UpdatedAt)
                        : new(arc.Number, stage.Number, group.Code, OcwtStatements.Default(arc.Number, stage.Number, group.Code), StatementSource.Shipped, null, null));
                }
            }
        }
        return all;
    }

    /// <summary>
    /// Rewords one statement nationally (no area) or locally for an area. Empty text goes back to the wording
    /// underneath: the national wording for an area, the shipped wording nationally.
    /// </summary>
    public async Task<FieldErrors> SetAsync(int? areaId, int arc, int stage, string group, string? text, string by, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        var wording = text?.Trim() ?? "";
        if (arc is < 1 or > 8 || stage is < 1 or > 8 || RespondentGroups.Find(group) is null)
        {
            return errors.Add("Text", "There is no such statement: arcs and stages run from 1 to 8, with one of the four respondent groups");
        }
        if (wording.Length > OcwtStatements.MaxLength)
        {
            return errors.Add("Text", $"The statement must be {OcwtStatements.MaxLength} characters or fewer; it has {wording.Length}");
        }
        var existing = await db.OcwtStatements.SingleOrDefaultAsync(s => s.AreaId == areaId && s.Arc == arc && s.Stage == stage && s.GroupCode == group, cancellationToken);
        if (wording.Length == 0)
        {
            if (existing is not null)
            {
                db.OcwtStatements.Remove(existing);
            }
        }
        else if (existing is null)
        {
            db.OcwtStatements.Add(new OcwtStatement { AreaId = areaId, Arc = arc, Stage = stage, GroupCode = group, Text = wording, UpdatedBy = by, UpdatedAt = clock.GetUtcNow().UtcDateTime });
        }
        else
        {
            existing.Text = wording;
            existing.UpdatedBy = by;
            existing.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        }
        await db.SaveChangesAsync(cancellationToken);
        return errors;
    }

    /// <summary>The copy a cycle keeps: for each of its groups, the 64 statements in arc then stage order.</summary>
    public static string Snapshot(IReadOnlyList<StatementWording> wording, IEnumerable<string> groups) =>
        JsonSerializer.Serialize(groups.ToDictionary(g => g, g => wording.Where(w => w.Group == g).OrderBy(w => w.Arc).ThenBy(w => w.Stage).Select(w => w.Text).ToArray()));

    /// <summary>Reads a cycle's copy: the statement for a group and cell, or the shipped wording where the copy has none.</summary>
    public static Func<int, int, string> Reader(string? snapshot, string group)
    {
        var copy = snapshot is null ? null : JsonSerializer.Deserialize<Dictionary<string, string[]>>(snapshot);
        var texts = copy is not null && copy.TryGetValue(group, out var t) && t.Length == ScoreLine.Length ? t : null;
        return (arc, stage) => texts?[ScoreLine.Position(arc, stage)] ?? OcwtStatements.Default(arc, stage, group);
    }
}
