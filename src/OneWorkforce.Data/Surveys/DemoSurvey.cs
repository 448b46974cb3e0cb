using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OneWorkforce.Core.Areas;
using OneWorkforce.Core.Questionnaires;
using OneWorkforce.Core.Reference;
using OneWorkforce.Core.Surveys;
using OneWorkforce.Data.Assessment;

namespace OneWorkforce.Data.Surveys;

/// <summary>
/// The demo area's survey: seed 000's template, open, with 48 made-up paper returns (plausible answers from a fixed seed)
/// and their joint-working suggestions sorted into the engagement event's themes, so the analysis shows something on first run.
/// </summary>
public sealed class DemoSurvey(OneWorkforceDbContext db, SurveyStore store, TimeProvider clock)
{
    public const string Name = "pvi-2026";
    private const int Responses = 48;

    private static readonly (string Text, string Theme)[] JointWorking =
    [
        ("Meet with others and share good practice", "networking"), ("A directory of contacts and what each group does", "directory"),
        ("More networking to share ideas", "networking"), ("Time and funding to plan together", "resources"),
        ("Advertise all our services together, not only on the web", "joint-advertising"), ("A central database of voluntary organisations", "directory"),
        ("Focused network groups by age range", "networking"), ("A meeting place we can use for free", "resources"),
    ];

    public async Task LoadAsync(Area area, CancellationToken cancellationToken = default)
    {
        if (await db.Surveys.AnyAsync(s => s.AreaId == area.Id, cancellationToken))
        {
            return;
        }
        var created = await store.CreateAsync(area.Id, Name, null, fromTemplate: true, cancellationToken);
        var survey = created.Value ?? throw new InvalidOperationException(created.Errors.ToString());
        await store.SetStatusAsync(survey, Survey.Open, cancellationToken);
        var questionnaire = survey.Questionnaire();
        var random = new Random(2007);
        var categories = WorkforceCodeLists.OrganisationCategories.Items.Select(c => c.Code).ToList();
        var districts = questionnaire.Question("q3")!.Choices.Select(c => c.Value).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = new List<(QuestionnaireResponse Response, string? Theme)>();
        for (var i = 0; i < Responses; i++)
        {
            var a = new Dictionary<string, string>
            {
                ["q1"] = random.Next(4) == 0 ? "0-4" : "0-4\n5-11\n12-19",
                ["q2"] = random.Next(3) == 0 ? "early-years" : "family-support\nyouth",
                ["q3"] = random.Next(10) < 4 ? PviSurveyTemplate.MultipleDistricts : districts[random.Next(districts.Count - 1)],
                ["q4a"] = random.Next(0, 12).ToString(CultureInfo.InvariantCulture),
                ["q4c"] = random.Next(0, 40).ToString(CultureInfo.InvariantCulture),
                ["q5"] = random.Next(100) < 85 ? "yes" : "no",
                ["q8"] = random.Next(100) < 58 ? "yes" : "no",
                ["q11"] = random.Next(100) < 41 ? "yes" : "no",
                ["q14"] = random.Next(100) < 46 ? "yes" : "no",
                ["q18"] = random.Next(100) < 86 ? "no" : "yes",
                ["q21"] = random.Next(100) < 77 ? "yes" : "maybe",
            };
            if (a["q11"] == "yes")
            {
                a["q12a"] = (random.Next(1, 60) * 250).ToString(CultureInfo.InvariantCulture);
            }
            if (random.Next(100) < 61)
            {
                a["q12b"] = (random.Next(5, 400) * 1_000).ToString(CultureInfo.InvariantCulture);
            }
            (string Text, string Theme)? suggestion = random.Next(3) == 0 ? JointWorking[random.Next(JointWorking.Length)] : null;
            if (suggestion is { } s)
            {
                a["q7"] = s.Text;
            }
            var chosen = random.Next(4) == 0 ? new[] { categories[random.Next(9)], categories[random.Next(9)] }.Distinct() : [categories[random.Next(9)]];
            rows.Add((new QuestionnaireResponse
            {
                Kind = Survey.ResponseKind, OwnerId = survey.Id, Token = Codes.NewToken(), ResumeCode = Codes.NewCode(), Status = QuestionnaireResponse.Submitted,
                Channel = "paper", StartedAt = now, UpdatedAt = now, SubmittedAt = now, AnswersJson = JsonSerializer.Serialize(a), Categories = string.Join(';', chosen),
            }, suggestion?.Theme));
        }
        db.QuestionnaireResponses.AddRange(rows.Select(r => r.Response));
        await db.SaveChangesAsync(cancellationToken);
        db.SurveyAnswerThemes.AddRange(rows.Where(r => r.Theme is not null)
            .Select(r => new SurveyAnswerTheme { SurveyId = survey.Id, ResponseId = r.Response.Id, QuestionKey = "q7", ThemeKey = r.Theme! }));
        await db.SaveChangesAsync(cancellationToken);
    }
}
