using Dyad.Data.Dashboards;
using Microsoft.AspNetCore.Components;

namespace Dyad.Web.Components.Dashboards;

/// <summary>A dashboard panel: reads its numbers for the viewer and the filter whenever either changes.</summary>
public abstract class DashboardPanelBase<TData> : ComponentBase
{
    [Inject] protected DashboardService Dashboards { get; set; } = default!;

    [Parameter, EditorRequired] public DashboardViewer Viewer { get; set; } = default!;

    [Parameter, EditorRequired] public DashboardFilter Filter { get; set; } = DashboardFilter.Everything;

    protected TData? Data { get; private set; }

    private (DashboardViewer, DashboardFilter)? _loaded;

    protected override async Task OnParametersSetAsync()
    {
        if (_loaded == (Viewer, Filter))
        {
            return;
        }
        _loaded = (Viewer, Filter);
        Data = await LoadAsync(Viewer, Filter);
    }

    protected abstract Task<TData> LoadAsync(DashboardViewer viewer, DashboardFilter filter);
}
