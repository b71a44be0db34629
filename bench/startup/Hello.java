/** The floor of a Java process: start the JVM, print a line, exit. */
public final class Hello {
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
