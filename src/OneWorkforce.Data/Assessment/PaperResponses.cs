using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Assessment;
using OneWorkforce.Core.Imports;
using OneWorkforce.Core.Questionnaires;
using OneWorkforce.Data.Imports;

namespace OneWorkforce.Data.Assessment;

/// <summary>Paper questionnaires keyed into a spreadsheet, stored as sent responses: the whole file or nothing.</summary>
public sealed class PaperResponses(OneWorkforceDbContext db, TimeProvider clock)
{
    public async Task<(int Added, IReadOnlyList<ImportProblem> Problems)> ImportAsync(AssessmentCycle cycle, string fileName, byte[] content, bool dryRun = false,
        CancellationToken cancellationToken = default)
    {
        var table = TableFile.Read(fileName, content);
        if (table.Problems.Count > 0)
        {
            return (0, table.Problems);
        }
        var districts = await db.Districts.AsNoTracking().Where(d => d.AreaId == cycle.AreaId).OrderBy(d => d.Name).Select(d => d.Name).ToListAsync(cancellationToken);
        var (responses, problems) = ResponsesFile.Read(fileName, table.Headers, table.Rows.Select(r => (r.Line, r.Fields)).ToList(), cycle.Groups, districts);
        if (problems.Count > 0 || dryRun)
        {
            return (problems.Count > 0 ? 0 : responses.Count, problems);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = responses.Select(r => new QuestionnaireResponse
        {
            Kind = AssessmentResponses.Kind,
            OwnerId = cycle.Id,
            Token = Codes.NewToken(),
            ResumeCode = Codes.NewCode(),
            GroupCode = r.Group,
            Locality = r.Locality,
            Status = QuestionnaireResponse.Submitted,
            Channel = "paper",
            StartedAt = now,
            UpdatedAt = now,
            SubmittedAt = now,
            AnswersJson = JsonSerializer.Serialize(r.Answers),
            ScoreLine = AssessmentQuestionnaire.Line(r.Answers),
        }).ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.QuestionnaireResponses.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        for (var i = 0; i < rows.Count; i++)
        {
            db.AssessmentComments.AddRange(AssessmentResponses.Comments(cycle.Id, rows[i].Id, rows[i].GroupCode, responses[i].Answers));
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return (rows.Count, []);
    }
}
