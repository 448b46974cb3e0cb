using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Assessment;
using OneWorkforce.Core.Questionnaires;

namespace OneWorkforce.Data.Assessment;

/// <summary>How many people have started and sent answers, for one group in one locality.</summary>
public sealed record ResponseCount(string? Group, string? Locality, int Started, int Submitted);

/// <summary>What happened when someone entered a code.</summary>
public sealed record CodeResult(QuestionnaireResponse? Response, AssessmentCycle? Cycle, string? Problem);

/// <summary>
/// Answering a cycle's questionnaire: starting from the open link or a code, saving as you go, sending once,
/// and the live counts. Sending is one conditional update, so a response is stored exactly once however
/// often or however concurrently it is sent.
/// </summary>
public sealed class AssessmentResponses(OneWorkforceDbContext db, TimeProvider clock)
{
    public const string Kind = "assessment";

    /// <summary>The answer key holding the respondent's name, in a cycle that records names.</summary>
    public const string NameKey = "_name";

    public bool IsOpen(AssessmentCycle cycle) =>
        cycle.Status == AssessmentCycle.Open && (cycle.ClosesOn is null || DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) <= cycle.ClosesOn);

    public Task<AssessmentCycle?> CycleByOpenLinkAsync(string token, CancellationToken cancellationToken = default) =>
        db.AssessmentCycles.AsNoTracking().SingleOrDefaultAsync(c => c.OpenLinkToken == token, cancellationToken);

    public async Task<(QuestionnaireResponse Response, AssessmentCycle Cycle)?> FindAsync(string token, CancellationToken cancellationToken = default)
    {
        // One read for both: every answering page asks this first.
        var found = await (from r in db.QuestionnaireResponses.AsNoTracking()
                           where r.Token == token && r.Kind == Kind
                           join c in db.AssessmentCycles.AsNoTracking() on r.OwnerId equals c.Id
                           select new { Response = r, Cycle = c }).SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.Response, found.Cycle);
    }

    /// <summary>
    /// A code typed in: an unused invitation code starts a response (and is used up), a used one reopens the
    /// response it started until that is sent, and a return code reopens its own response.
    /// </summary>
    public async Task<CodeResult> UseCodeAsync(string? typed, CancellationToken cancellationToken = default)
    {
        var code = Codes.Normalise(typed);
        if (code is null)
        {
            return new(null, null, "Enter the 8-character code from your letter or email, like K7QM-4TXP");
        }
        var invitation = await db.AssessmentInvitations.AsNoTracking().SingleOrDefaultAsync(i => i.Code == code, cancellationToken);
        if (invitation is not null)
        {
            var cycle = await db.AssessmentCycles.AsNoTracking().SingleAsync(c => c.Id == invitation.CycleId, cancellationToken);
            if (invitation.UsedAt is null)
            {
                if (!IsOpen(cycle))
                {
                    return new(null, cycle, $"{cycle.Name} is not taking answers now");
                }
                var started = await StartAsync(cycle, invitation.GroupCode, invitation.Locality, invitation.Id, cancellationToken: cancellationToken);
                if (started is not null)
                {
                    return new(started, cycle, null);
                }
                invitation = await db.AssessmentInvitations.AsNoTracking().SingleAsync(i => i.Id == invitation.Id, cancellationToken);
            }
            var own = await db.QuestionnaireResponses.AsNoTracking().SingleOrDefaultAsync(r => r.Id == invitation.ResponseId, cancellationToken);
            return Reopen(own, cycle, "This code has already been used to send answers. Each code can be used once");
        }
        var resumed = await db.QuestionnaireResponses.AsNoTracking().SingleOrDefaultAsync(r => r.ResumeCode == code && r.Kind == Kind, cancellationToken);
        if (resumed is null)
        {
            return new(null, null, "We cannot find that code. Check it against your letter or email and try again");
        }
        var itsCycle = await db.AssessmentCycles.AsNoTracking().SingleAsync(c => c.Id == resumed.OwnerId, cancellationToken);
        return Reopen(resumed, itsCycle, "These answers have already been sent. Thank you");
    }

    private CodeResult Reopen(QuestionnaireResponse? response, AssessmentCycle cycle, string sent) =>
        response is null || response.Status == QuestionnaireResponse.Submitted ? new(null, cycle, sent)
        : !IsOpen(cycle) ? new(null, cycle, $"{cycle.Name} is not taking answers now")
        : new(response, cycle, null);

    /// <summary>
    /// Starts a response. With an invitation, the code is claimed in the same transaction by a conditional
    /// update, so two people racing with one code cannot both start: the loser gets null.
    /// </summary>
    public async Task<QuestionnaireResponse?> StartAsync(AssessmentCycle cycle, string? group, string? locality, int? invitationId = null,
        string? name = null, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var response = new QuestionnaireResponse
        {
            Kind = Kind,
            OwnerId = cycle.Id,
            Token = Codes.NewToken(),
            ResumeCode = Codes.NewCode(),
            GroupCode = group,
            Locality = locality,
            InvitationId = invitationId,
            Status = QuestionnaireResponse.Started,
            Channel = "online",
            StartedAt = now,
            UpdatedAt = now,
            AnswersJson = name is null ? "{}" : JsonSerializer.Serialize(new Dictionary<string, string> { [NameKey] = name }),
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (invitationId is { } id
            && await db.AssessmentInvitations.Where(i => i.Id == id && i.UsedAt == null).ExecuteUpdateAsync(s => s.SetProperty(i => i.UsedAt, now), cancellationToken) == 0)
        {
            return null;
        }
        db.QuestionnaireResponses.Add(response);
        await db.SaveChangesAsync(cancellationToken);
        if (invitationId is { } claimed)
        {
            await db.AssessmentInvitations.Where(i => i.Id == claimed).ExecuteUpdateAsync(s => s.SetProperty(i => i.ResponseId, response.Id), cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return response;
    }

    /// <summary>Records who is answering (group and locality) once they have said, while the response is not yet sent.</summary>
    public Task<int> SetRespondentAsync(int responseId, string group, string? locality, CancellationToken cancellationToken = default) =>
        db.QuestionnaireResponses.Where(r => r.Id == responseId && r.Status == QuestionnaireResponse.Started)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.GroupCode, group).SetProperty(r => r.Locality, locality)
                .SetProperty(r => r.UpdatedAt, clock.GetUtcNow().UtcDateTime), cancellationToken);

    public static Dictionary<string, string> AnswersOf(QuestionnaireResponse response) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(response.AnswersJson) ?? [];

    /// <summary>Saves one page of answers (a blank clears an earlier answer). False when the response has already been sent.</summary>
    public async Task<bool> SaveAsync(QuestionnaireResponse response, IReadOnlyDictionary<string, string?> page, CancellationToken cancellationToken = default)
    {
        var answers = AnswersOf(response);
        foreach (var (key, value) in page)
        {
            if (value is null)
            {
                answers.Remove(key);
            }
            else
            {
                answers[key] = value;
            }
        }
        var json = JsonSerializer.Serialize(answers);
        var saved = await db.QuestionnaireResponses.Where(r => r.Id == response.Id && r.Status == QuestionnaireResponse.Started)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.AnswersJson, json).SetProperty(r => r.UpdatedAt, clock.GetUtcNow().UtcDateTime), cancellationToken);
        response.AnswersJson = json;
        return saved == 1;
    }

    /// <summary>
    /// Sends the answers: the response becomes submitted with its score line, and its comments are filed by
    /// arc, all in one transaction. Only the first send counts; a repeat (a double click, a retry) changes nothing.
    /// </summary>
    public async Task<bool> SubmitAsync(QuestionnaireResponse response, CancellationToken cancellationToken = default)
    {
        var answers = AnswersOf(response);
        var line = AssessmentQuestionnaire.Line(answers);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var sent = await db.QuestionnaireResponses.Where(r => r.Id == response.Id && r.Status == QuestionnaireResponse.Started)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, QuestionnaireResponse.Submitted).SetProperty(r => r.ScoreLine, line)
                .SetProperty(r => r.SubmittedAt, clock.GetUtcNow().UtcDateTime), cancellationToken);
        if (sent == 0)
        {
            return false;
        }
        db.AssessmentComments.AddRange(Comments(response.OwnerId, response.Id, response.GroupCode, answers));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return true;
    }

    internal static IEnumerable<AssessmentComment> Comments(int cycleId, int responseId, string? group, IReadOnlyDictionary<string, string> answers)
    {
        for (var arc = 1; arc <= MatrixAnalysis.ArcCount; arc++)
        {
            if (answers.TryGetValue(AssessmentQuestionnaire.CommentKey(arc), out var text) && !string.IsNullOrWhiteSpace(text))
            {
                yield return new AssessmentComment
                {
                    CycleId = cycleId, ResponseId = responseId, Arc = arc, GroupCode = group ?? "", Text = text.Trim(),
                    RespondentName = answers.TryGetValue(NameKey, out var name) ? name : null,
                };
            }
        }
    }

    /// <summary>Started and sent responses by group and locality: the live counts a lead watches while the cycle is open.</summary>
    public async Task<IReadOnlyList<ResponseCount>> CountsAsync(int cycleId, CancellationToken cancellationToken = default)
    {
        var rows = await db.QuestionnaireResponses.AsNoTracking()
            .Where(r => r.Kind == Kind && r.OwnerId == cycleId)
            .GroupBy(r => new { r.GroupCode, r.Locality, r.Status })
            .Select(g => new { g.Key.GroupCode, g.Key.Locality, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => (r.GroupCode, r.Locality))
            .Select(g => new ResponseCount(g.Key.GroupCode, g.Key.Locality,
                g.Where(r => r.Status == QuestionnaireResponse.Started).Sum(r => r.Count),
                g.Where(r => r.Status == QuestionnaireResponse.Submitted).Sum(r => r.Count)))
            .OrderBy(c => c.Group).ThenBy(c => c.Locality).ToList();
    }

    /// <summary>
    /// For each arc, the newest comments (at most <paramref name="limit"/>) and how many there are: one count
    /// for all arcs, then one read for each arc that has comments.
    /// </summary>
    public async Task<IReadOnlyList<(int Arc, IReadOnlyList<AssessmentComment> Comments, int Total)>> CommentsByArcAsync(int cycleId, int limit,
        CancellationToken cancellationToken = default)
    {
        var totals = await db.AssessmentComments.AsNoTracking().Where(c => c.CycleId == cycleId).GroupBy(c => c.Arc)
            .Select(g => new { Arc = g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Arc, g => g.Count, cancellationToken);
        var byArc = new List<(int, IReadOnlyList<AssessmentComment>, int)>();
        for (var arc = 1; arc <= MatrixAnalysis.ArcCount; arc++)
        {
            var total = totals.GetValueOrDefault(arc);
            byArc.Add((arc, total == 0 ? [] : await db.AssessmentComments.AsNoTracking().Where(c => c.CycleId == cycleId && c.Arc == arc)
                .OrderByDescending(c => c.Id).Take(limit).ToListAsync(cancellationToken), total));
        }
        return byArc;
    }
}
