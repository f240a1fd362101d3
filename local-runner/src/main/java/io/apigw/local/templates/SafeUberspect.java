package io.apigw.local.templates;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.apache.velocity.runtime.directive.Scope;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;

/**
 * What a template may call. Templates are user input: they reach only the values they were given
 * (strings, numbers, booleans, maps, lists, this package's variables and Velocity's loop scopes),
 * never {@code getClass()} or a static method, so {@code $input.class.forName(...)} and the like
 * find nothing. And a value that is null reads as the empty string, so {@code $input.path('$.x')}
 * of a missing {@code x} equals both {@code $null} and {@code ""}, as in API Gateway (LocalStack
 * snapshot test_apigateway_common {@code test_input_path_template_formatting}, {@code empty-body}).
 *
 * <p>Public only because Velocity creates it by its class name.
 */
public final class SafeUberspect extends UberspectImpl {
  private static final Set<String> FORBIDDEN =
      Set.of("getClass", "class", "wait", "notify", "notifyAll", "finalize", "clone");

  @Override
  public VelMethod getMethod(Object target, String name, Object[] args, Info info) {
    if (!reachable(target) || FORBIDDEN.contains(name)) {
      return null;
    }
    VelMethod method = super.getMethod(target, name, args, info);
    if (method == null) {
      return null;
    }
    Method reflected = method.getMethod();
    if (reflected != null
        && Modifier.isStatic(reflected.getModifiers())
        && !ours(reflected.getDeclaringClass())) {
      return null;
    }
    return new EmptyForNull(method);
  }

  @Override
  public VelPropertyGet getPropertyGet(Object target, String name, Info info) {
    if (!reachable(target)) {
      return null;
    }
    if (FORBIDDEN.contains(name)) {
      return target instanceof Map<?, ?> ? new MapEntry(name) : null;
    }
    VelPropertyGet getter = super.getPropertyGet(target, name, info);
    return getter == null ? null : new EmptyForNullGetter(getter);
  }

  @Override
  public VelPropertySet getPropertySet(Object target, String name, Object arg, Info info) {
    if (!reachable(target) || FORBIDDEN.contains(name)) {
      return null;
    }
    return super.getPropertySet(target, name, arg, info);
  }

  @Override
  public Iterator<?> getIterator(Object target, Info info) {
    return reachable(target) ? super.getIterator(target, info) : null;
  }

  private static boolean reachable(Object target) {
    return target instanceof CharSequence
        || target instanceof Number
        || target instanceof Boolean
        || target instanceof Character
        || target instanceof Map<?, ?>
        || target instanceof Collection<?>
        || target instanceof Iterator<?>
        || target instanceof Map.Entry<?, ?>
        || target instanceof Scope
        || (target != null && target.getClass().isArray())
        || (target != null && ours(target.getClass()));
  }

  private static boolean ours(Class<?> type) {
    return type.getPackageName().equals(SafeUberspect.class.getPackageName());
  }

  /** A method whose null result reads as the empty string. */
  private record EmptyForNull(VelMethod method) implements VelMethod {
    @Override
    public Object invoke(Object target, Object[] args)
        throws IllegalAccessException, InvocationTargetException {
      Object result = method.invoke(target, args);
      return result == null ? "" : result;
    }

    @Override
    public boolean isCacheable() {
      return method.isCacheable();
    }

    @Override
    public String getMethodName() {
      return method.getMethodName();
    }

    @Override
    public Method getMethod() {
      return method.getMethod();
    }

    @Override
    public Class<?> getReturnType() {
      return method.getReturnType();
    }
  }

  /** A property whose null value reads as the empty string. */
  private record EmptyForNullGetter(VelPropertyGet getter) implements VelPropertyGet {
    @Override
    public Object invoke(Object target) throws Exception {
      Object result = getter.invoke(target);
      return result == null ? "" : result;
    }

    @Override
    public boolean isCacheable() {
      return getter.isCacheable();
    }

    @Override
    public String getMethodName() {
      return getter.getMethodName();
    }
  }

  /** {@code $map.class} reads the map's {@code class} entry, never the map's Java class. */
  private record MapEntry(String key) implements VelPropertyGet {
    @Override
    public Object invoke(Object target) {
      Object value = ((Map<?, ?>) target).get(key);
      return value == null ? "" : value;
    }

    @Override
    public boolean isCacheable() {
      return true;
    }

    @Override
    public String getMethodName() {
      return "get";
    }
  }
}
