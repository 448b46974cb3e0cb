using Microsoft.AspNetCore.Mvc;
using OneWorkforce.Data;
using OneWorkforce.Web.Forms;

namespace OneWorkforce.Web.Pages.Assessments.Actions;

/// <summary>The add and change pages of an action share the form and its checks.</summary>
public abstract class ActionPageModel(OneWorkforceDbContext db) : AssessmentPage(db)
{
    [BindProperty]
    public ActionForm Input { get; set; } = new();

    public string ActionsPath => $"{CyclePath}/actions";

    /// <summary>Puts the rules' errors against the form's fields; true when there are none.</summary>
    protected bool Check()
    {
        if (Input.DueOn.Problem("The due date") is { } problem)
        {
            ModelState.AddModelError("Input.DueOn", problem);
        }
        foreach (var (field, message) in Input.ToInput().Validate(out _).All)
        {
            ModelState.AddModelError($"Input.{field}", message);
        }
        return ModelState.ErrorCount == 0;
    }
}
