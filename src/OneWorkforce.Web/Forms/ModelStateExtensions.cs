using Microsoft.AspNetCore.Mvc.ModelBinding;
using OneWorkforce.Core.Validation;

namespace OneWorkforce.Web.Forms;

internal static class ModelStateExtensions
{
    /// <summary>Puts each problem against its form field, for example <c>Name</c> → <c>Input.Name</c>.</summary>
    public static void AddFieldErrors(this ModelStateDictionary modelState, FieldErrors errors, string prefix = "Input")
    {
        foreach (var (field, message) in errors.All)
        {
            modelState.AddModelError(prefix.Length == 0 ? field : $"{prefix}.{field}", message);
        }
    }
}
