using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Areas;
using OneWorkforce.Core.Assessment;
using OneWorkforce.Core.Plans;
using OneWorkforce.Core.Questionnaires;
using OneWorkforce.Data.Assessment;
using OneWorkforce.Data.Plans;

namespace OneWorkforce.Data.Demo;

/// <summary>
/// A closed example self-assessment in the demo area, so the analysis, the action plan and the report have
/// something to show: 60 made-up questionnaires (fixed random answers, labelled as examples) and two actions
/// worded like seed 003 appendix 2. Loading again leaves it as it is.
/// </summary>
public sealed class DemoAssessment(OneWorkforceDbContext db, AssessmentCycles cycles, FrameworkStatements statements, ActionPlans plans, TimeProvider clock)
{
    public const string CycleName = "January to June 2026 (example)";

    /// <summary>How each arc tends to be rated in the example: the rainbow then has a clear high and low.</summary>
    private static readonly int[] ArcLean = [1, -1, 0, 0, -1, 0, -1, 1];

    public async Task LoadAsync(Area area, CancellationToken cancellationToken = default)
    {
        if (await db.AssessmentCycles.AnyAsync(c => c.AreaId == area.Id && c.Name == CycleName, cancellationToken))
        {
            return;
        }
        var made = await cycles.CreateAsync(area, new CycleInput(CycleName, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30), new DateOnly(2026, 6, 30),
            [RespondentGroups.Leaders, RespondentGroups.Frontline, RespondentGroups.Partners]), cancellationToken);
        var cycle = made.Value ?? throw new InvalidOperationException(made.Errors.ToString());
        await cycles.OpenAsync(cycle, statements, cancellationToken);
        var random = new Random(2009);
        var now = clock.GetUtcNow().UtcDateTime;
        string[] groups = [RespondentGroups.Leaders, RespondentGroups.Frontline, RespondentGroups.Frontline, RespondentGroups.Partners];
        for (var i = 0; i < 60; i++)
        {
            var answers = new Dictionary<string, string>();
            for (var arc = 1; arc <= 8; arc++)
            {
                for (var stage = 1; stage <= 8; stage++)
                {
                    var roll = random.Next(10);
                    answers[AssessmentQuestionnaire.ItemKey(arc, stage)] = roll == 0 ? Answers.DontKnow
                        : Math.Clamp(3 + ArcLean[arc - 1] + (roll < 4 ? -1 : roll > 7 ? 1 : 0), 1, 5).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
            }
            if (i % 12 == 0)
            {
                answers[AssessmentQuestionnaire.CommentKey(5)] = "Example comment: cover for staff to go on training is the hardest part.";
            }
            var response = new QuestionnaireResponse
            {
                Kind = AssessmentResponses.Kind,
                OwnerId = cycle.Id,
                Token = Codes.NewToken(),
                ResumeCode = Codes.NewCode(),
                GroupCode = groups[i % groups.Length],
                Locality = DemoData.Districts[i % DemoData.Districts.Count],
                Status = QuestionnaireResponse.Submitted,
                Channel = "online",
                StartedAt = now,
                UpdatedAt = now,
                SubmittedAt = now,
                AnswersJson = JsonSerializer.Serialize(answers),
                ScoreLine = AssessmentQuestionnaire.Line(answers),
            };
            db.QuestionnaireResponses.Add(response);
            await db.SaveChangesAsync(cancellationToken);
            db.AssessmentComments.AddRange(AssessmentResponses.Comments(cycle.Id, response.Id, response.GroupCode, answers));
        }
        await db.SaveChangesAsync(cancellationToken);
        await cycles.CloseAsync(cycle, cancellationToken);
        await plans.AddAsync(area.Id, cycle.Id, new ActionInput(
            "Develop and carry out a workforce development activation strategy (example)",
            "Promote the One Children's Workforce framework and tool\nImprove the engagement of partners\nInform and involve children, young people and families",
            [], true, "An activation strategy\nA programme of workshops and awareness sessions\nMore partners taking part in the work streams",
            "Strategy agreed by October 2026; carrying it out is ongoing", null, "Workforce strategy lead", "Officer time; materials and venues", "12000",
            ActionStatuses.OnTrack, true), cancellationToken);
        await plans.AddAsync(area.Id, cycle.Id, new ActionInput(
            "Develop and run a common induction programme across the children's workforce (example)", "Based on the Common Core of Skills and Knowledge",
            [5, 6], false, "Every new starter completes the common induction and gets a certificate", "Pilot by March 2027", null, "Training co-ordinator",
            "Trainer time; e-learning licence", "5000", ActionStatuses.NotStarted, true), cancellationToken);
    }
}
